# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_error_event_error import (
    ManagedAgentsSessionErrorEventError,
)
from .timestamp import Timestamp


class ManagedAgentsSessionErrorEvent(APIModel):
    """Session error event."""

    type: Literal["session.error"]
    """Always `session.error`."""
    id: str
    """ID of the session error event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    error: ManagedAgentsSessionErrorEventError
    """What went wrong."""
