# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .error_event import ErrorEvent
    from .ping_event import PingEvent
    from .raw_content_block_delta_event import RawContentBlockDeltaEvent
    from .raw_content_block_start_event import RawContentBlockStartEvent
    from .raw_content_block_stop_event import RawContentBlockStopEvent
    from .raw_message_delta_event import RawMessageDeltaEvent
    from .raw_message_start_event import RawMessageStartEvent
    from .raw_message_stop_event import RawMessageStopEvent
    from .unknown_raw_message_stream_event import UnknownRawMessageStreamEvent


if TYPE_CHECKING:
    RawMessageStreamEvent = TypeAliasType(
        "RawMessageStreamEvent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        RawMessageStartEvent,
                        RawMessageDeltaEvent,
                        RawMessageStopEvent,
                        RawContentBlockStartEvent,
                        RawContentBlockDeltaEvent,
                        RawContentBlockStopEvent,
                        PingEvent,
                        ErrorEvent,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownRawMessageStreamEvent,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "content_block_delta",
                                "content_block_start",
                                "content_block_stop",
                                "error",
                                "message_delta",
                                "message_start",
                                "message_stop",
                                "ping",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    RawMessageStreamEvent = lazy_union(
        "RawMessageStreamEvent",
        "type",
        {
            "message_start": ".raw_message_start_event:RawMessageStartEvent",
            "message_delta": ".raw_message_delta_event:RawMessageDeltaEvent",
            "message_stop": ".raw_message_stop_event:RawMessageStopEvent",
            "content_block_start": ".raw_content_block_start_event:RawContentBlockStartEvent",
            "content_block_delta": ".raw_content_block_delta_event:RawContentBlockDeltaEvent",
            "content_block_stop": ".raw_content_block_stop_event:RawContentBlockStopEvent",
            "ping": ".ping_event:PingEvent",
            "error": ".error_event:ErrorEvent",
        },
        ".unknown_raw_message_stream_event:UnknownRawMessageStreamEvent",
        __package__,
    )
