# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .cache_miss_messages_changed import CacheMissMessagesChanged
    from .cache_miss_model_changed import CacheMissModelChanged
    from .cache_miss_previous_message_not_found import CacheMissPreviousMessageNotFound
    from .cache_miss_system_changed import CacheMissSystemChanged
    from .cache_miss_tools_changed import CacheMissToolsChanged
    from .cache_miss_unavailable import CacheMissUnavailable
    from .unknown_cache_miss_reason import UnknownCacheMissReason


if TYPE_CHECKING:
    CacheMissReason = TypeAliasType(
        "CacheMissReason",
        Annotated[
            Union[
                Annotated[
                    Union[
                        CacheMissModelChanged,
                        CacheMissSystemChanged,
                        CacheMissToolsChanged,
                        CacheMissMessagesChanged,
                        CacheMissPreviousMessageNotFound,
                        CacheMissUnavailable,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownCacheMissReason,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "messages_changed",
                                "model_changed",
                                "previous_message_not_found",
                                "system_changed",
                                "tools_changed",
                                "unavailable",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    CacheMissReason = lazy_union(
        "CacheMissReason",
        "type",
        {
            "model_changed": ".cache_miss_model_changed:CacheMissModelChanged",
            "system_changed": ".cache_miss_system_changed:CacheMissSystemChanged",
            "tools_changed": ".cache_miss_tools_changed:CacheMissToolsChanged",
            "messages_changed": ".cache_miss_messages_changed:CacheMissMessagesChanged",
            "previous_message_not_found": ".cache_miss_previous_message_not_found:CacheMissPreviousMessageNotFound",
            "unavailable": ".cache_miss_unavailable:CacheMissUnavailable",
        },
        ".unknown_cache_miss_reason:UnknownCacheMissReason",
        __package__,
    )
