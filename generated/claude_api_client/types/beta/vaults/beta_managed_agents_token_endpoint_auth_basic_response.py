# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_token_endpoint_auth_basic_response`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_token_endpoint_auth_basic_response import (
    ManagedAgentsTokenEndpointAuthBasicResponse as BetaManagedAgentsTokenEndpointAuthBasicResponse,
)

__all__ = [
    "BetaManagedAgentsTokenEndpointAuthBasicResponse",
]
