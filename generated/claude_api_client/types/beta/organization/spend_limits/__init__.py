# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.spend_limits`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.increase_request_approve_response import (
        IncreaseRequestApproveResponse as IncreaseRequestApproveResponse,
    )
    from ...._models.spend_limit_actor import SpendLimitActor as BetaSpendLimitIncreaseRequestActor
    from ...._models.spend_limit_actor import (
        SpendLimitActor as BetaSpendLimitIncreaseRequestResolvedBy,
    )
    from ...._models.spend_limit_increase_request import (
        SpendLimitIncreaseRequest as BetaSpendLimitIncreaseRequest,
    )
    from ...._models.spend_limit_increase_request_status import (
        SpendLimitIncreaseRequestStatus as BetaSpendLimitIncreaseRequestStatus,
    )
    from ...._params.effective_list_params import EffectiveListParams as EffectiveListParams
    from ...._params.increase_request_approve_params import (
        IncreaseRequestApproveParams as IncreaseRequestApproveParams,
    )
    from ...._params.increase_request_deny_params import (
        IncreaseRequestDenyParams as IncreaseRequestDenyParams,
    )
    from ...._params.increase_request_list_params import (
        IncreaseRequestListParams as IncreaseRequestListParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaSpendLimitIncreaseRequest": (
        "_models.spend_limit_increase_request",
        "SpendLimitIncreaseRequest",
    ),
    "BetaSpendLimitIncreaseRequestActor": ("_models.spend_limit_actor", "SpendLimitActor"),
    "BetaSpendLimitIncreaseRequestResolvedBy": ("_models.spend_limit_actor", "SpendLimitActor"),
    "BetaSpendLimitIncreaseRequestStatus": (
        "_models.spend_limit_increase_request_status",
        "SpendLimitIncreaseRequestStatus",
    ),
    "EffectiveListParams": ("_params.effective_list_params", "EffectiveListParams"),
    "IncreaseRequestApproveParams": (
        "_params.increase_request_approve_params",
        "IncreaseRequestApproveParams",
    ),
    "IncreaseRequestApproveResponse": (
        "_models.increase_request_approve_response",
        "IncreaseRequestApproveResponse",
    ),
    "IncreaseRequestDenyParams": (
        "_params.increase_request_deny_params",
        "IncreaseRequestDenyParams",
    ),
    "IncreaseRequestListParams": (
        "_params.increase_request_list_params",
        "IncreaseRequestListParams",
    ),
}

__all__ = [
    "BetaSpendLimitIncreaseRequest",
    "BetaSpendLimitIncreaseRequestActor",
    "BetaSpendLimitIncreaseRequestResolvedBy",
    "BetaSpendLimitIncreaseRequestStatus",
    "EffectiveListParams",
    "IncreaseRequestApproveParams",
    "IncreaseRequestApproveResponse",
    "IncreaseRequestDenyParams",
    "IncreaseRequestListParams",
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
