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
    from ...._params.beta_effective_list_params import (
        BetaEffectiveListParams as EffectiveListParams,
    )
    from ...._params.beta_increase_request_approve_params import (
        BetaIncreaseRequestApproveParams as IncreaseRequestApproveParams,
    )
    from ...._params.beta_increase_request_deny_params import (
        BetaIncreaseRequestDenyParams as IncreaseRequestDenyParams,
    )
    from ...._params.beta_increase_request_list_params import (
        BetaIncreaseRequestListParams as IncreaseRequestListParams,
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
    "EffectiveListParams": ("_params.beta_effective_list_params", "BetaEffectiveListParams"),
    "IncreaseRequestApproveParams": (
        "_params.beta_increase_request_approve_params",
        "BetaIncreaseRequestApproveParams",
    ),
    "IncreaseRequestApproveResponse": (
        "_models.increase_request_approve_response",
        "IncreaseRequestApproveResponse",
    ),
    "IncreaseRequestDenyParams": (
        "_params.beta_increase_request_deny_params",
        "BetaIncreaseRequestDenyParams",
    ),
    "IncreaseRequestListParams": (
        "_params.beta_increase_request_list_params",
        "BetaIncreaseRequestListParams",
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
