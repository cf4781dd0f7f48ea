# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_tool_param_param`: the official path of these types."""

from __future__ import annotations

from .._params.mcp_tool_param import MCPToolParam as BetaMCPToolParamParam

__all__ = [
    "BetaMCPToolParamParam",
]
