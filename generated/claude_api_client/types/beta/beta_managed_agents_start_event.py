# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_start_event`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_event_start_event import (
    ManagedAgentsEventStartEvent as BetaManagedAgentsStartEvent,
)

__all__ = [
    "BetaManagedAgentsStartEvent",
]
