# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionThreadStatusTerminatedEvent(APIModel):
    """Session thread status terminated event."""

    type: Literal["session.thread_status_terminated"]
    id: str
    session_thread_id: str
    processed_at: Timestamp
    agent_name: str
