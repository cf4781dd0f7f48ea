# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionThreadCreatedEvent(APIModel):
    """Session thread created event."""

    type: Literal["session.thread_created"]
    id: str
    processed_at: Timestamp
    agent_name: str
    session_thread_id: str
