# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_mcp_oauth_auth_response`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_mcp_oauth_auth_response import (
    ManagedAgentsMcpOauthAuthResponse as BetaManagedAgentsMCPOAuthAuthResponse,
)

__all__ = [
    "BetaManagedAgentsMCPOAuthAuthResponse",
]
