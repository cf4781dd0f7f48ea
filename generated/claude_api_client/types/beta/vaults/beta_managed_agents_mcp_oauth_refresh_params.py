# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_mcp_oauth_refresh_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_mcp_oauth_refresh_params import (
    ManagedAgentsMcpOauthRefreshParams as BetaManagedAgentsMCPOAuthRefreshParams,
)
from ..._params.managed_agents_token_endpoint_auth_params import (
    ManagedAgentsTokenEndpointAuthParams as TokenEndpointAuth,
)

__all__ = [
    "BetaManagedAgentsMCPOAuthRefreshParams",
    "TokenEndpointAuth",
]
