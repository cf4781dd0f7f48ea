# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_tool_use_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.mcp_tool_use_block_param import MCPToolUseBlockParam as BetaMCPToolUseBlockParam

__all__ = [
    "BetaMCPToolUseBlockParam",
]
