# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_token_endpoint_auth_params import (
    ManagedAgentsTokenEndpointAuthParams,
)


class ManagedAgentsMcpOauthRefreshParams(TypedDict):
    """
    How to refresh an MCP OAuth access token when it expires.
    """

    refresh_token: str
    """
    OAuth refresh token.
    """
    token_endpoint: str
    """
    URL of the OAuth token endpoint.
    """
    client_id: str
    """
    OAuth client ID.
    """
    scope: NotRequired[str | None]
    """
    OAuth scopes to request, space-separated.
    """
    resource: NotRequired[str | None]
    """
    OAuth resource indicator sent with the refresh.
    """
    token_endpoint_auth: ManagedAgentsTokenEndpointAuthParams
    """
    How the client authenticates to the token endpoint.
    """
