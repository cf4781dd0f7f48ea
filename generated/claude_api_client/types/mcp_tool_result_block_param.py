# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.mcp_tool_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.mcp_tool_result_block_param import MCPToolResultBlockParam as MCPToolResultBlockParam

__all__ = [
    "MCPToolResultBlockParam",
]
