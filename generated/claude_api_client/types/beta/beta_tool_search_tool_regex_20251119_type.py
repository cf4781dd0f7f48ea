# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_regex_20251119_type`: the official path of these types."""

from __future__ import annotations

from .._models.tool_search_tool_regex20251119_type import (
    ToolSearchToolRegex20251119Type as BetaToolSearchToolRegex20251119Type,
)

__all__ = [
    "BetaToolSearchToolRegex20251119Type",
]
