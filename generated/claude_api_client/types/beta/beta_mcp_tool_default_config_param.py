# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_tool_default_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.mcp_tool_default_config_param import (
    MCPToolDefaultConfigParam as BetaMCPToolDefaultConfigParam,
)

__all__ = [
    "BetaMCPToolDefaultConfigParam",
]
