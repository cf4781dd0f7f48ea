# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_token_endpoint_auth_response`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_token_endpoint_auth_response import (
    ManagedAgentsTokenEndpointAuthResponse as BetaManagedAgentsTokenEndpointAuthResponse,
)

__all__ = [
    "BetaManagedAgentsTokenEndpointAuthResponse",
]
