# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_static_bearer_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_static_bearer_create_params import (
    ManagedAgentsStaticBearerCreateParams as BetaManagedAgentsStaticBearerCreateParams,
)

__all__ = [
    "BetaManagedAgentsStaticBearerCreateParams",
]
