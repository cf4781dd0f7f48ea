# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .work_lease_state import WorkLeaseState


class HeartbeatPreconditionFailedErrorDetails(APIModel):
    """`expected_last_heartbeat` is not the stored heartbeat, so another worker may hold the lease."""

    error_code: Literal["heartbeat_precondition_failed"]
    """Always `heartbeat_precondition_failed`."""
    current_state: WorkLeaseState
    """The lease as the server has it."""
