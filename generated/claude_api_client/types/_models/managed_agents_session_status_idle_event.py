# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_refusal_stop_details import (
    ManagedAgentsSessionRefusalStopDetails,
)
from .managed_agents_session_stop_reason import ManagedAgentsSessionStopReason
from .timestamp import Timestamp


class ManagedAgentsSessionStatusIdleEvent(APIModel):
    """The session stopped working and waits; `stop_reason` says why."""

    type: Literal["session.status_idle"]
    """Always `session.status_idle`."""
    id: str
    """ID of the session status idle event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    stop_reason: ManagedAgentsSessionStopReason
    """Why the agent stopped."""
    stop_details: ManagedAgentsSessionRefusalStopDetails | None = None
    """What is known about why the session stopped: details of a refusal, null when there is nothing more to say."""
