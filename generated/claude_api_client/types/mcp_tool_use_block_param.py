# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.mcp_tool_use_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.mcp_tool_use_block_param import MCPToolUseBlockParam as MCPToolUseBlockParam

__all__ = [
    "MCPToolUseBlockParam",
]
