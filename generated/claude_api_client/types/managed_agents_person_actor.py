# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_person_actor`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_person_actor import (
    ManagedAgentsPersonActor as ManagedAgentsPersonActor,
)

__all__ = [
    "ManagedAgentsPersonActor",
]
