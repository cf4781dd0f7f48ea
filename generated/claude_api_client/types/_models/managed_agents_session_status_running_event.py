# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionStatusRunningEvent(APIModel):
    """The session started working."""

    type: Literal["session.status_running"]
    """Always `session.status_running`."""
    id: str
    """ID of the session status running event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
