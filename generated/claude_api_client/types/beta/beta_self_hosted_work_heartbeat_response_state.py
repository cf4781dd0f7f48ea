# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_self_hosted_work_heartbeat_response_state`: the official path of these types."""

from __future__ import annotations

from .._models.self_hosted_work_heartbeat_response_state import (
    SelfHostedWorkHeartbeatResponseState as BetaSelfHostedWorkHeartbeatResponseState,
)

__all__ = [
    "BetaSelfHostedWorkHeartbeatResponseState",
]
