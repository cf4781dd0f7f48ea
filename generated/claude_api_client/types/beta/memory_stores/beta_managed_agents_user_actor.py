# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores.beta_managed_agents_user_actor`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_user_actor import (
    ManagedAgentsUserActor as BetaManagedAgentsUserActor,
)

__all__ = [
    "BetaManagedAgentsUserActor",
]
