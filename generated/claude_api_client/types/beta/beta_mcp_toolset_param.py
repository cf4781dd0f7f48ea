# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_toolset_param`: the official path of these types."""

from __future__ import annotations

from .._params.mcp_toolset_param import MCPToolsetParam as BetaMCPToolsetParam

__all__ = [
    "BetaMCPToolsetParam",
]
