# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .self_hosted_work_state import SelfHostedWorkState
from .session_work_data import SessionWorkData


class SelfHostedWork(APIModel):
    """One unit of work in a self-hosted environment's queue (today: run a session)."""

    acknowledged_at: str | None
    created_at: str
    data: SessionWorkData
    environment_id: str
    id: str
    latest_heartbeat_at: str | None
    metadata: dict[str, str]
    secret: str | None
    started_at: str | None
    state: SelfHostedWorkState
    stop_requested_at: str | None
    stopped_at: str | None
    type: Literal["work"]
