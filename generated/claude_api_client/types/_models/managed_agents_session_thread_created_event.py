# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionThreadCreatedEvent(APIModel):
    """Session thread created event."""

    type: Literal["session.thread_created"]
    """Always `session.thread_created`."""
    id: str
    """ID of the session thread created event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    agent_name: str
    """Name of the agent."""
    session_thread_id: str
    """Thread of the session this event belongs to (absent: the primary thread)."""
    workflow_run_id: str | None = None
    """The workflow run that created the thread; null (or absent) for any other thread."""
