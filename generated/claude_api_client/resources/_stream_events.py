# generated from openapi/ by scripts/generate, do not edit
"""What `messages.stream()` yields, for type checkers and `isinstance`: see `_core._stream_events`."""

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .._core._stream_events import (
    CitationEvent,
    CompactionEvent,
    ContentBlockStopEvent,
    InputJsonEvent,
    MessageStopEvent,
    SignatureEvent,
    TextEvent,
    ThinkingEvent,
)
from ..types._models.completion import Completion
from ..types._models.content_block import ContentBlock
from ..types._models.error_event import ErrorEvent
from ..types._models.message import Message
from ..types._models.ping_event import PingEvent
from ..types._models.raw_content_block_delta_event import RawContentBlockDeltaEvent
from ..types._models.raw_content_block_start_event import RawContentBlockStartEvent
from ..types._models.raw_message_delta_event import RawMessageDeltaEvent
from ..types._models.raw_message_start_event import RawMessageStartEvent
from ..types._models.text_citation import TextCitation
from ..types._models.unknown_completion_stream_event import UnknownCompletionStreamEvent
from ..types._models.unknown_raw_message_stream_event import UnknownRawMessageStreamEvent

__all__ = [
    "CompletionStreamEvent",
    "MessageStreamEvent",
]

CompletionStreamEvent: TypeAlias = Union[
    TextEvent,
    CitationEvent[object],
    ThinkingEvent,
    SignatureEvent,
    InputJsonEvent,
    CompactionEvent,
    MessageStopEvent[Completion],
    ContentBlockStopEvent[object],
    Completion,
    ErrorEvent,
    PingEvent,
    UnknownCompletionStreamEvent,
]
"""What `stream()` yields when its response is a `Completion`."""

MessageStreamEvent: TypeAlias = Union[
    TextEvent,
    CitationEvent[TextCitation],
    ThinkingEvent,
    SignatureEvent,
    InputJsonEvent,
    CompactionEvent,
    MessageStopEvent[Message],
    ContentBlockStopEvent[ContentBlock],
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    ErrorEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    PingEvent,
    UnknownRawMessageStreamEvent,
]
"""What `stream()` yields when its response is a `Message`."""
