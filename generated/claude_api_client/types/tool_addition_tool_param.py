# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_addition_tool_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_addition_tool_param import ToolAdditionToolParam as ToolAdditionToolParam

__all__ = [
    "ToolAdditionToolParam",
]
