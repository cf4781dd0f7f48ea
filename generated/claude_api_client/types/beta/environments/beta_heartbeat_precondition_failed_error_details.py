# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.beta_heartbeat_precondition_failed_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.heartbeat_precondition_failed_error_details import (
    HeartbeatPreconditionFailedErrorDetails as BetaHeartbeatPreconditionFailedErrorDetails,
)

__all__ = [
    "BetaHeartbeatPreconditionFailedErrorDetails",
]
