# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_use_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.server_tool_use_block_param import ServerToolUseBlockParam as ServerToolUseBlockParam
from ._params.tool_caller_param import ToolCallerParam as Caller

__all__ = [
    "Caller",
    "ServerToolUseBlockParam",
]
