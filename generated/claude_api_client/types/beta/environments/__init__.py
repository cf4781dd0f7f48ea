# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._error_classes import (
        BetaHeartbeatPreconditionFailedError as BetaHeartbeatPreconditionFailedError,
    )
    from ..._models.heartbeat_precondition_failed_error_details import (
        HeartbeatPreconditionFailedErrorDetails as BetaHeartbeatPreconditionFailedErrorDetails,
    )
    from ..._models.self_hosted_work import SelfHostedWork as BetaSelfHostedWork
    from ..._models.self_hosted_work_heartbeat_response import (
        SelfHostedWorkHeartbeatResponse as BetaSelfHostedWorkHeartbeatResponse,
    )
    from ..._models.self_hosted_work_list_response import (
        SelfHostedWorkListResponse as BetaSelfHostedWorkListResponse,
    )
    from ..._models.self_hosted_work_queue_stats import (
        SelfHostedWorkQueueStats as BetaSelfHostedWorkQueueStats,
    )
    from ..._models.session_work_data import SessionWorkData as BetaSessionWorkData
    from ..._models.work_lease_state import WorkLeaseState as BetaWorkLeaseState
    from ..._params.self_hosted_work_stop_request_param import (
        SelfHostedWorkStopRequestParam as WorkStopParams,
    )
    from ..._params.self_hosted_work_update_request_param import (
        SelfHostedWorkUpdateRequestParam as WorkUpdateParams,
    )
    from ..._params.work_heartbeat_params import WorkHeartbeatParams as WorkHeartbeatParams
    from ..._params.work_list_params import WorkListParams as WorkListParams
    from ..._params.work_poll_params import WorkPollParams as WorkPollParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaHeartbeatPreconditionFailedError": (
        "._error_classes",
        "BetaHeartbeatPreconditionFailedError",
    ),
    "BetaHeartbeatPreconditionFailedErrorDetails": (
        "_models.heartbeat_precondition_failed_error_details",
        "HeartbeatPreconditionFailedErrorDetails",
    ),
    "BetaSelfHostedWork": ("_models.self_hosted_work", "SelfHostedWork"),
    "BetaSelfHostedWorkHeartbeatResponse": (
        "_models.self_hosted_work_heartbeat_response",
        "SelfHostedWorkHeartbeatResponse",
    ),
    "BetaSelfHostedWorkListResponse": (
        "_models.self_hosted_work_list_response",
        "SelfHostedWorkListResponse",
    ),
    "BetaSelfHostedWorkQueueStats": (
        "_models.self_hosted_work_queue_stats",
        "SelfHostedWorkQueueStats",
    ),
    "BetaSessionWorkData": ("_models.session_work_data", "SessionWorkData"),
    "BetaWorkLeaseState": ("_models.work_lease_state", "WorkLeaseState"),
    "WorkHeartbeatParams": ("_params.work_heartbeat_params", "WorkHeartbeatParams"),
    "WorkListParams": ("_params.work_list_params", "WorkListParams"),
    "WorkPollParams": ("_params.work_poll_params", "WorkPollParams"),
    "WorkStopParams": (
        "_params.self_hosted_work_stop_request_param",
        "SelfHostedWorkStopRequestParam",
    ),
    "WorkUpdateParams": (
        "_params.self_hosted_work_update_request_param",
        "SelfHostedWorkUpdateRequestParam",
    ),
}

__all__ = [
    "BetaHeartbeatPreconditionFailedError",
    "BetaHeartbeatPreconditionFailedErrorDetails",
    "BetaSelfHostedWork",
    "BetaSelfHostedWorkHeartbeatResponse",
    "BetaSelfHostedWorkListResponse",
    "BetaSelfHostedWorkQueueStats",
    "BetaSessionWorkData",
    "BetaWorkLeaseState",
    "WorkHeartbeatParams",
    "WorkListParams",
    "WorkPollParams",
    "WorkStopParams",
    "WorkUpdateParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
