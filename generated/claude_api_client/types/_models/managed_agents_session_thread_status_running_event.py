# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSessionThreadStatusRunningEvent(APIModel):
    """Session thread status running event."""

    type: Literal["session.thread_status_running"]
    id: str
    session_thread_id: str
    processed_at: Timestamp
    agent_name: str
