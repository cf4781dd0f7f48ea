# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .message_batch_canceled_result import MessageBatchCanceledResult
    from .message_batch_errored_result import MessageBatchErroredResult
    from .message_batch_expired_result import MessageBatchExpiredResult
    from .message_batch_succeeded_result import MessageBatchSucceededResult
    from .unknown_message_batch_result import UnknownMessageBatchResult


if TYPE_CHECKING:
    MessageBatchResult = TypeAliasType(
        "MessageBatchResult",
        Annotated[
            Union[
                Annotated[
                    Union[
                        MessageBatchSucceededResult,
                        MessageBatchErroredResult,
                        MessageBatchCanceledResult,
                        MessageBatchExpiredResult,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownMessageBatchResult,
                    AfterValidator(
                        unknown_tag("type", ["canceled", "errored", "expired", "succeeded"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    MessageBatchResult = lazy_union(
        "MessageBatchResult",
        "type",
        {
            "succeeded": ".message_batch_succeeded_result:MessageBatchSucceededResult",
            "errored": ".message_batch_errored_result:MessageBatchErroredResult",
            "canceled": ".message_batch_canceled_result:MessageBatchCanceledResult",
            "expired": ".message_batch_expired_result:MessageBatchExpiredResult",
        },
        ".unknown_message_batch_result:UnknownMessageBatchResult",
        __package__,
    )
