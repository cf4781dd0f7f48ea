# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_mcp_oauth_refresh_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_mcp_oauth_refresh_update_params import (
    ManagedAgentsMcpOauthRefreshUpdateParams as BetaManagedAgentsMCPOAuthRefreshUpdateParams,
)
from ..._params.managed_agents_token_endpoint_auth_update_params import (
    ManagedAgentsTokenEndpointAuthUpdateParams as TokenEndpointAuth,
)

__all__ = [
    "BetaManagedAgentsMCPOAuthRefreshUpdateParams",
    "TokenEndpointAuth",
]
