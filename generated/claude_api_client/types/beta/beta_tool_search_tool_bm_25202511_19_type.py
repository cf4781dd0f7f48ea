# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_bm_25202511_19_type`: the official path of these types."""

from __future__ import annotations

from .._models.tool_search_tool_bm2520251119_type import (
    ToolSearchToolBm2520251119Type as BetaToolSearchToolBm2520251119Type,
)

__all__ = [
    "BetaToolSearchToolBm2520251119Type",
]
