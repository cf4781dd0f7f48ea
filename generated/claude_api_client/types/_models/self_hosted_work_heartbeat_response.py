# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .self_hosted_work_heartbeat_response_state import (
    SelfHostedWorkHeartbeatResponseState,
)


class SelfHostedWorkHeartbeatResponse(APIModel):
    """The lease after a heartbeat: whether it was extended, and for how long."""

    last_heartbeat: str
    lease_extended: bool
    state: SelfHostedWorkHeartbeatResponseState
    ttl_seconds: int
    type: Literal["work_heartbeat"]
