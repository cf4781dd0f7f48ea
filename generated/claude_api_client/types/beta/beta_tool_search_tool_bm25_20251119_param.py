# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_bm25_20251119_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_search_tool_bm2520251119_param import (
    ToolSearchToolBm2520251119Param as BetaToolSearchToolBm25_20251119Param,
)

__all__ = [
    "BetaToolSearchToolBm25_20251119Param",
]
