# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionStatusTerminatedEvent(APIModel):
    """Session status terminated event."""

    type: Literal["session.status_terminated"]
    """Always `session.status_terminated`."""
    id: str
    """ID of the session status terminated event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
