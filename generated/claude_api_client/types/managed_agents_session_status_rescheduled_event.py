# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_session_status_rescheduled_event`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_session_status_rescheduled_event import (
    ManagedAgentsSessionStatusRescheduledEvent as ManagedAgentsSessionStatusRescheduledEvent,
)

__all__ = [
    "ManagedAgentsSessionStatusRescheduledEvent",
]
