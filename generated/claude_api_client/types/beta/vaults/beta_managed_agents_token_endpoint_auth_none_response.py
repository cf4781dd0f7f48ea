# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_token_endpoint_auth_none_response`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_token_endpoint_auth_none_response import (
    ManagedAgentsTokenEndpointAuthNoneResponse as BetaManagedAgentsTokenEndpointAuthNoneResponse,
)

__all__ = [
    "BetaManagedAgentsTokenEndpointAuthNoneResponse",
]
