# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.work_stop_params`: the official path of these types."""

from __future__ import annotations

from ..._params.self_hosted_work_stop_request_param import (
    SelfHostedWorkStopRequestParam as WorkStopParams,
)

__all__ = [
    "WorkStopParams",
]
