# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_injection_location_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_injection_location_update_params import (
    ManagedAgentsInjectionLocationUpdateParams as BetaManagedAgentsInjectionLocationUpdateParams,
)

__all__ = [
    "BetaManagedAgentsInjectionLocationUpdateParams",
]
