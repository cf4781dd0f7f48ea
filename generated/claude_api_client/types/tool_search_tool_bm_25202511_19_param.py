# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_search_tool_bm_25202511_19_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_search_tool_bm2520251119_param import (
    ToolSearchToolBm2520251119Param as ToolSearchToolBm2520251119Param,
)

__all__ = [
    "ToolSearchToolBm2520251119Param",
]
