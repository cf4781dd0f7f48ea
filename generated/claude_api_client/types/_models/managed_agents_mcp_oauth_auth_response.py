# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .managed_agents_mcp_oauth_refresh_response import (
    ManagedAgentsMcpOauthRefreshResponse,
)


class ManagedAgentsMcpOauthAuthResponse(APIModel):
    """An OAuth credential for an MCP server, as returned (tokens withheld)."""

    type: Literal["mcp_oauth"]
    """Always `mcp_oauth`."""
    mcp_server_url: str
    """URL of the MCP server the credential is for."""
    expires_at: WireDateTime | None = None
    """When the access token expires; null when unknown."""
    refresh: ManagedAgentsMcpOauthRefreshResponse | None = None
    """How the access token is refreshed; null when it is not."""
