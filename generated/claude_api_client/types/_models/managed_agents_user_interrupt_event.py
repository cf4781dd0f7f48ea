# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsUserInterruptEvent(APIModel):
    """User interrupt event."""

    type: Literal["user.interrupt"]
    """Always `user.interrupt`."""
    id: str
    """ID of the user interrupt event."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
