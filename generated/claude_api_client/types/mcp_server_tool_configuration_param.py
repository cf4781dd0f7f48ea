# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.mcp_server_tool_configuration_param`: the official path of these types."""

from __future__ import annotations

from ._params.mcp_server_tool_configuration_param import (
    MCPServerToolConfigurationParam as MCPServerToolConfigurationParam,
)

__all__ = [
    "MCPServerToolConfigurationParam",
]
