# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.messages`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._models.deleted_message_batch import DeletedMessageBatch as DeletedMessageBatch
    from .._models.message_batch import MessageBatch as MessageBatch
    from .._models.message_batch_canceled_result import (
        MessageBatchCanceledResult as MessageBatchCanceledResult,
    )
    from .._models.message_batch_errored_result import (
        MessageBatchErroredResult as MessageBatchErroredResult,
    )
    from .._models.message_batch_expired_result import (
        MessageBatchExpiredResult as MessageBatchExpiredResult,
    )
    from .._models.message_batch_individual_response import (
        MessageBatchIndividualResponse as MessageBatchIndividualResponse,
    )
    from .._models.message_batch_request_counts import (
        MessageBatchRequestCounts as MessageBatchRequestCounts,
    )
    from .._models.message_batch_result import MessageBatchResult as MessageBatchResult
    from .._models.message_batch_succeeded_result import (
        MessageBatchSucceededResult as MessageBatchSucceededResult,
    )
    from .._params.batch_create_params import BatchCreateParams as BatchCreateParams
    from .._params.batch_list_params import BatchListParams as BatchListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BatchCreateParams": ("_params.batch_create_params", "BatchCreateParams"),
    "BatchListParams": ("_params.batch_list_params", "BatchListParams"),
    "DeletedMessageBatch": ("_models.deleted_message_batch", "DeletedMessageBatch"),
    "MessageBatch": ("_models.message_batch", "MessageBatch"),
    "MessageBatchCanceledResult": (
        "_models.message_batch_canceled_result",
        "MessageBatchCanceledResult",
    ),
    "MessageBatchErroredResult": (
        "_models.message_batch_errored_result",
        "MessageBatchErroredResult",
    ),
    "MessageBatchExpiredResult": (
        "_models.message_batch_expired_result",
        "MessageBatchExpiredResult",
    ),
    "MessageBatchIndividualResponse": (
        "_models.message_batch_individual_response",
        "MessageBatchIndividualResponse",
    ),
    "MessageBatchRequestCounts": (
        "_models.message_batch_request_counts",
        "MessageBatchRequestCounts",
    ),
    "MessageBatchResult": ("_models.message_batch_result", "MessageBatchResult"),
    "MessageBatchSucceededResult": (
        "_models.message_batch_succeeded_result",
        "MessageBatchSucceededResult",
    ),
}

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "DeletedMessageBatch",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchRequestCounts",
    "MessageBatchResult",
    "MessageBatchSucceededResult",
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
