# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_token_endpoint_auth_response import (
    ManagedAgentsTokenEndpointAuthResponse,
)


class ManagedAgentsMcpOauthRefreshResponse(APIModel):
    """Refresh settings of an MCP OAuth credential, as returned (secrets withheld)."""

    token_endpoint: str
    """URL of the OAuth token endpoint."""
    client_id: str
    """OAuth client ID."""
    resource: str | None = None
    """OAuth resource indicator sent with the refresh."""
    scope: str | None = None
    """OAuth scopes to request, space-separated."""
    token_endpoint_auth: ManagedAgentsTokenEndpointAuthResponse
    """How the client authenticates to the token endpoint."""
