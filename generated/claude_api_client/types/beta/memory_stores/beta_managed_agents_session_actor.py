# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores.beta_managed_agents_session_actor`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_session_actor import (
    ManagedAgentsSessionActor as BetaManagedAgentsSessionActor,
)

__all__ = [
    "BetaManagedAgentsSessionActor",
]
