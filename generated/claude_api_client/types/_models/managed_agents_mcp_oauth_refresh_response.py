# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_token_endpoint_auth_basic_response import (
    ManagedAgentsTokenEndpointAuthBasicResponse,
)
from .managed_agents_token_endpoint_auth_none_response import (
    ManagedAgentsTokenEndpointAuthNoneResponse,
)
from .managed_agents_token_endpoint_auth_post_response import (
    ManagedAgentsTokenEndpointAuthPostResponse,
)


class ManagedAgentsMcpOauthRefreshResponse(APIModel):
    """Refresh settings of an MCP OAuth credential, as returned (secrets withheld)."""

    token_endpoint: str
    client_id: str
    resource: str | None = None
    scope: str | None = None
    token_endpoint_auth: (
        ManagedAgentsTokenEndpointAuthNoneResponse
        | ManagedAgentsTokenEndpointAuthBasicResponse
        | ManagedAgentsTokenEndpointAuthPostResponse
    )
