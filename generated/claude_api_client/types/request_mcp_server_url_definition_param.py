# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.request_mcp_server_url_definition_param`: the official path of these types."""

from __future__ import annotations

from ._params.mcp_server_url_definition_param import (
    MCPServerURLDefinitionParam as RequestMCPServerURLDefinitionParam,
)

__all__ = [
    "RequestMCPServerURLDefinitionParam",
]
