"""The message-stream helper classes and events, at the official package's import path.

``client.messages.stream(...)`` returns a manager; entering it gives a ``MessageStream`` that yields
the raw events plus the helper's own (``TextEvent`` …). The beta surface uses the same classes
(``BetaMessageStream is MessageStream``): a beta message is a ``Message`` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._core._stream_events import (
    AddedEvent,
    ContentBlockStopEvent,
    InputJsonEvent,
    MessageStopEvent,
    TextEvent,
)
from ..types import (
    ContentBlock,
    Message,
    ParsedContentBlock,
    ParsedMessage,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    TextCitation,
)
from ._message_stream import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    MessageStream,
    MessageStreamManager,
)
from ._parse._types import ResponseFormatT

# Listed as the module holds them: the streams, then the events.
__all__ = [
    "MessageStream",
    "AsyncMessageStream",
    "MessageStreamManager",
    "AsyncMessageStreamManager",
    "BetaMessageStream",
    "BetaAsyncMessageStream",
    "BetaMessageStreamManager",
    "BetaAsyncMessageStreamManager",
    "MessageStreamEvent",
    "TextEvent",
    "InputJsonEvent",
    "ContentBlockStopEvent",
    "MessageStopEvent",
    "BetaMessageStreamEvent",
    "BetaTextEvent",
    "BetaInputJsonEvent",
    "BetaContentBlockStopEvent",
    "BetaMessageStopEvent",
    "ParsedMessageStreamEvent",
    "ParsedContentBlockStopEvent",
    "ParsedMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStopEvent",
]

BetaMessageStream = MessageStream
BetaAsyncMessageStream = AsyncMessageStream
BetaMessageStreamManager = MessageStreamManager
BetaAsyncMessageStreamManager = AsyncMessageStreamManager

# What iterating a message stream yields: the raw events, the helper's events, and the stop
# events that carry the finished block and message in place of the raw ones.
_NotStopEvent: TypeAlias = (
    RawMessageStartEvent
    | RawMessageDeltaEvent
    | RawContentBlockStartEvent
    | RawContentBlockDeltaEvent
    | AddedEvent[TextCitation]
)
MessageStreamEvent: TypeAlias = (
    _NotStopEvent | ContentBlockStopEvent[ContentBlock] | MessageStopEvent[Message]
)

BetaTextEvent = TextEvent
BetaInputJsonEvent = InputJsonEvent
BetaContentBlockStopEvent = ContentBlockStopEvent
BetaMessageStopEvent = MessageStopEvent
BetaMessageStreamEvent: TypeAlias = MessageStreamEvent

# A parsing stream (`stream(..., output_format=T)`) yields the same event classes; its stop events
# carry the parsed message and blocks. `ParsedMessageStopEvent` is `MessageStopEvent` (so
# `isinstance` works on the events a stream yields); the union names the parsed types.
ParsedMessageStopEvent = MessageStopEvent
ParsedContentBlockStopEvent = ContentBlockStopEvent
ParsedBetaTextEvent = TextEvent
ParsedBetaMessageStopEvent = MessageStopEvent
ParsedBetaContentBlockStopEvent = ContentBlockStopEvent
if TYPE_CHECKING:
    ParsedMessageStreamEvent: TypeAlias = (
        _NotStopEvent
        | ContentBlockStopEvent[ParsedContentBlock[ResponseFormatT]]
        | MessageStopEvent[ParsedMessage[ResponseFormatT]]
    )
    ParsedBetaMessageStreamEvent: TypeAlias = ParsedMessageStreamEvent[ResponseFormatT]
else:  # the same classes: the type parameters exist for type checkers only
    ParsedMessageStreamEvent = ParsedBetaMessageStreamEvent = MessageStreamEvent
