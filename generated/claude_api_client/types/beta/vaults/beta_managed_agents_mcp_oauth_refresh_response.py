# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_mcp_oauth_refresh_response`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_mcp_oauth_refresh_response import (
    ManagedAgentsMcpOauthRefreshResponse as BetaManagedAgentsMCPOAuthRefreshResponse,
)
from ..._models.managed_agents_token_endpoint_auth_response import (
    ManagedAgentsTokenEndpointAuthResponse as TokenEndpointAuth,
)

__all__ = [
    "BetaManagedAgentsMCPOAuthRefreshResponse",
    "TokenEndpointAuth",
]
