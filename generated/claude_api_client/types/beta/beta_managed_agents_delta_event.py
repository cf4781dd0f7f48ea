# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_delta_event`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_event_delta_event import (
    ManagedAgentsEventDeltaEvent as BetaManagedAgentsDeltaEvent,
)

__all__ = [
    "BetaManagedAgentsDeltaEvent",
]
