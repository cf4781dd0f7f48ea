# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_refusal_stop_details import (
    ManagedAgentsSessionRefusalStopDetails,
)
from .managed_agents_session_stop_reason import ManagedAgentsSessionStopReason
from .timestamp import Timestamp


class ManagedAgentsSessionThreadStatusIdleEvent(APIModel):
    """Session thread status idle event."""

    type: Literal["session.thread_status_idle"]
    """Always `session.thread_status_idle`."""
    id: str
    """ID of the session thread status idle event."""
    session_thread_id: str
    """Thread of the session this event belongs to (absent: the primary thread)."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    agent_name: str
    """Name of the agent."""
    stop_reason: ManagedAgentsSessionStopReason
    """Why the agent stopped."""
    stop_details: ManagedAgentsSessionRefusalStopDetails | None = None
    """What is known about why the session stopped: details of a refusal, null when there is nothing more to say."""
