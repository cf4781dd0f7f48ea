# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .error_event import ErrorEvent
from .ping_event import PingEvent
from .raw_content_block_delta_event import RawContentBlockDeltaEvent
from .raw_content_block_start_event import RawContentBlockStartEvent
from .raw_content_block_stop_event import RawContentBlockStopEvent
from .raw_message_delta_event import RawMessageDeltaEvent
from .raw_message_start_event import RawMessageStartEvent
from .raw_message_stop_event import RawMessageStopEvent
from .unknown_raw_message_stream_event import UnknownRawMessageStreamEvent

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
