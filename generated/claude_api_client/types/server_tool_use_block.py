# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.server_tool_use_block import ServerToolUseBlock as ServerToolUseBlock
from ._models.tool_caller import ToolCaller as Caller

__all__ = [
    "Caller",
    "ServerToolUseBlock",
]
