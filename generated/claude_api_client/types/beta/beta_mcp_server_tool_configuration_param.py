# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_server_tool_configuration_param`: the official path of these types."""

from __future__ import annotations

from .._params.mcp_server_tool_configuration_param import (
    MCPServerToolConfigurationParam as BetaMCPServerToolConfigurationParam,
)

__all__ = [
    "BetaMCPServerToolConfigurationParam",
]
