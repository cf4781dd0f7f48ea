# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores.beta_managed_agents_service_account_actor`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_service_account_actor import (
    ManagedAgentsServiceAccountActor as BetaManagedAgentsServiceAccountActor,
)

__all__ = [
    "BetaManagedAgentsServiceAccountActor",
]
