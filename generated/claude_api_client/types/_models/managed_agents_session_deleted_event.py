# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionDeletedEvent(APIModel):
    """Session deleted event."""

    type: Literal["session.deleted"]
    """Always `session.deleted`."""
    id: str
    """ID of the session deleted event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
