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
    """The heartbeat as recorded; echo it as `expected_last_heartbeat` next time."""
    lease_extended: bool
    """Whether the lease was extended."""
    state: SelfHostedWorkHeartbeatResponseState
    """Lifecycle state."""
    ttl_seconds: int
    """Lease length granted, in seconds."""
    type: Literal["work_heartbeat"]
    """Always `work_heartbeat`."""
