# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_token_endpoint_auth_update_params import (
    ManagedAgentsTokenEndpointAuthUpdateParams,
)


class ManagedAgentsMcpOauthRefreshUpdateParams(TypedDict):
    """
    Changes to the refresh settings of an MCP OAuth credential.
    """

    refresh_token: NotRequired[str | None]
    """
    OAuth refresh token.
    """
    scope: NotRequired[str | None]
    """
    OAuth scopes to request, space-separated.
    """
    token_endpoint_auth: NotRequired[ManagedAgentsTokenEndpointAuthUpdateParams]
    """
    How the client authenticates to the token endpoint.
    """
