# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .cache_miss_messages_changed import CacheMissMessagesChanged
from .cache_miss_model_changed import CacheMissModelChanged
from .cache_miss_previous_message_not_found import CacheMissPreviousMessageNotFound
from .cache_miss_system_changed import CacheMissSystemChanged
from .cache_miss_tools_changed import CacheMissToolsChanged
from .cache_miss_unavailable import CacheMissUnavailable
from .unknown_cache_miss_reason import UnknownCacheMissReason

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
