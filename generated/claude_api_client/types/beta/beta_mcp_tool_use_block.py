# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.mcp_tool_use_block import MCPToolUseBlock as BetaMCPToolUseBlock

__all__ = [
    "BetaMCPToolUseBlock",
]
