# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .completion import Completion
    from .error_event import ErrorEvent
    from .ping_event import PingEvent
    from .unknown_completion_stream_event import UnknownCompletionStreamEvent


if TYPE_CHECKING:
    CompletionStreamEvent = TypeAliasType(
        "CompletionStreamEvent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        Completion,
                        PingEvent,
                        ErrorEvent,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownCompletionStreamEvent,
                    AfterValidator(unknown_tag("type", ["completion", "error", "ping"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    CompletionStreamEvent = lazy_union(
        "CompletionStreamEvent",
        "type",
        {
            "completion": ".completion:Completion",
            "ping": ".ping_event:PingEvent",
            "error": ".error_event:ErrorEvent",
        },
        ".unknown_completion_stream_event:UnknownCompletionStreamEvent",
        __package__,
    )
