# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_use_block_name`: the official path of these types."""

from __future__ import annotations

from ._models.server_tool_use_block_name import ServerToolUseBlockName as ServerToolUseBlockName

__all__ = [
    "ServerToolUseBlockName",
]
