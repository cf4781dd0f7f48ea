# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_token_endpoint_auth_none_param`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_token_endpoint_auth_none_param import (
    ManagedAgentsTokenEndpointAuthNoneParam as BetaManagedAgentsTokenEndpointAuthNoneParam,
)

__all__ = [
    "BetaManagedAgentsTokenEndpointAuthNoneParam",
]
