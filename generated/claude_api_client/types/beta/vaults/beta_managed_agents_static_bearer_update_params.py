# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_static_bearer_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_static_bearer_update_params import (
    ManagedAgentsStaticBearerUpdateParams as BetaManagedAgentsStaticBearerUpdateParams,
)

__all__ = [
    "BetaManagedAgentsStaticBearerUpdateParams",
]
