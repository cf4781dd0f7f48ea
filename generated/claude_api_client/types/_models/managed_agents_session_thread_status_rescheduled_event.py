# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionThreadStatusRescheduledEvent(APIModel):
    """Session thread status rescheduled event."""

    type: Literal["session.thread_status_rescheduled"]
    """Always `session.thread_status_rescheduled`."""
    id: str
    """ID of the session thread status rescheduled event."""
    session_thread_id: str
    """Thread of the session this event belongs to (absent: the primary thread)."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    agent_name: str
    """Name of the agent."""
