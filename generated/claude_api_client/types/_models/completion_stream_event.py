# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .completion import Completion
from .error_event import ErrorEvent
from .ping_event import PingEvent
from .unknown_completion_stream_event import UnknownCompletionStreamEvent

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
