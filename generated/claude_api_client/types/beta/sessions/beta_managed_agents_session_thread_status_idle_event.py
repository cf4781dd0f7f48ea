# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_session_thread_status_idle_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_session_stop_reason import (
    ManagedAgentsSessionStopReason as StopReason,
)
from ..._models.managed_agents_session_thread_status_idle_event import (
    ManagedAgentsSessionThreadStatusIdleEvent as BetaManagedAgentsSessionThreadStatusIdleEvent,
)

__all__ = [
    "BetaManagedAgentsSessionThreadStatusIdleEvent",
    "StopReason",
]
