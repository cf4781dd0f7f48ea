# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .dream_memory_store_input import DreamMemoryStoreInput
    from .dream_sessions_input import DreamSessionsInput
    from .unknown_dream_input import UnknownDreamInput


if TYPE_CHECKING:
    DreamInput = TypeAliasType(
        "DreamInput",
        Annotated[
            Union[
                Annotated[
                    Union[
                        DreamMemoryStoreInput,
                        DreamSessionsInput,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownDreamInput,
                    AfterValidator(unknown_tag("type", ["memory_store", "sessions"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    DreamInput = lazy_union(
        "DreamInput",
        "type",
        {
            "memory_store": ".dream_memory_store_input:DreamMemoryStoreInput",
            "sessions": ".dream_sessions_input:DreamSessionsInput",
        },
        ".unknown_dream_input:UnknownDreamInput",
        __package__,
    )
