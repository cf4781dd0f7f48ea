# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_search_tool_bm_25202511_19`: the official path of these types."""

from __future__ import annotations

from ._models.tool_search_tool_bm2520251119 import (
    ToolSearchToolBm2520251119 as ToolSearchToolBm2520251119,
)

__all__ = [
    "ToolSearchToolBm2520251119",
]
