# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_session_status_terminated_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_session_status_terminated_event import (
    ManagedAgentsSessionStatusTerminatedEvent as BetaManagedAgentsSessionStatusTerminatedEvent,
)

__all__ = [
    "BetaManagedAgentsSessionStatusTerminatedEvent",
]
