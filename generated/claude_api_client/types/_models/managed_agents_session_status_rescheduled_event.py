# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionStatusRescheduledEvent(APIModel):
    """Session status rescheduled event."""

    type: Literal["session.status_rescheduled"]
    """Always `session.status_rescheduled`."""
    id: str
    """ID of the session status rescheduled event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
