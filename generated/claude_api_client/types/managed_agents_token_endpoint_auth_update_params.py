# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_token_endpoint_auth_update_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_token_endpoint_auth_update_params import (
    ManagedAgentsTokenEndpointAuthUpdateParams as ManagedAgentsTokenEndpointAuthUpdateParams,
)

__all__ = [
    "ManagedAgentsTokenEndpointAuthUpdateParams",
]
