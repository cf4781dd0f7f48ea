# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.beta_heartbeat_precondition_failed_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaHeartbeatPreconditionFailedError as BetaHeartbeatPreconditionFailedError,
)

__all__ = [
    "BetaHeartbeatPreconditionFailedError",
]
