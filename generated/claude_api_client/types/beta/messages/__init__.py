# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.messages`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.deleted_message_batch import DeletedMessageBatch as BetaDeletedMessageBatch
    from ..._models.message_batch import MessageBatch as BetaMessageBatch
    from ..._models.message_batch_canceled_result import (
        MessageBatchCanceledResult as BetaMessageBatchCanceledResult,
    )
    from ..._models.message_batch_errored_result import (
        MessageBatchErroredResult as BetaMessageBatchErroredResult,
    )
    from ..._models.message_batch_expired_result import (
        MessageBatchExpiredResult as BetaMessageBatchExpiredResult,
    )
    from ..._models.message_batch_individual_response import (
        MessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
    )
    from ..._models.message_batch_request_counts import (
        MessageBatchRequestCounts as BetaMessageBatchRequestCounts,
    )
    from ..._models.message_batch_result import MessageBatchResult as BetaMessageBatchResult
    from ..._models.message_batch_succeeded_result import (
        MessageBatchSucceededResult as BetaMessageBatchSucceededResult,
    )
    from ..._params.beta_batch_create_params import BetaBatchCreateParams as BatchCreateParams
    from ..._params.beta_batch_list_params import BetaBatchListParams as BatchListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BatchCreateParams": ("_params.beta_batch_create_params", "BetaBatchCreateParams"),
    "BatchListParams": ("_params.beta_batch_list_params", "BetaBatchListParams"),
    "BetaDeletedMessageBatch": ("_models.deleted_message_batch", "DeletedMessageBatch"),
    "BetaMessageBatch": ("_models.message_batch", "MessageBatch"),
    "BetaMessageBatchCanceledResult": (
        "_models.message_batch_canceled_result",
        "MessageBatchCanceledResult",
    ),
    "BetaMessageBatchErroredResult": (
        "_models.message_batch_errored_result",
        "MessageBatchErroredResult",
    ),
    "BetaMessageBatchExpiredResult": (
        "_models.message_batch_expired_result",
        "MessageBatchExpiredResult",
    ),
    "BetaMessageBatchIndividualResponse": (
        "_models.message_batch_individual_response",
        "MessageBatchIndividualResponse",
    ),
    "BetaMessageBatchRequestCounts": (
        "_models.message_batch_request_counts",
        "MessageBatchRequestCounts",
    ),
    "BetaMessageBatchResult": ("_models.message_batch_result", "MessageBatchResult"),
    "BetaMessageBatchSucceededResult": (
        "_models.message_batch_succeeded_result",
        "MessageBatchSucceededResult",
    ),
}

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "BetaDeletedMessageBatch",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
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
