# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_bm25_20251119`: the official path of these types."""

from __future__ import annotations

from .._models.tool_search_tool_bm2520251119 import (
    ToolSearchToolBm2520251119 as BetaToolSearchToolBm25_20251119,
)

__all__ = [
    "BetaToolSearchToolBm25_20251119",
]
