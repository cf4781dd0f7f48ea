# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.work_heartbeat_params`: the official path of these types."""

from __future__ import annotations

from ..._params.work_heartbeat_params import WorkHeartbeatParams as WorkHeartbeatParams

__all__ = [
    "WorkHeartbeatParams",
]
