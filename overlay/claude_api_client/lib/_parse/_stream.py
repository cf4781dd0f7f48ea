"""Streams whose final message is parsed: what `messages.stream(..., output_format=T)` returns.

The events and the `text` stream are those of the ordinary message stream; only
`get_final_message()` differs, giving a `ParsedMessage` whose text blocks carry `parsed_output`
(and raising `ParsedOutputError` when the reply does not validate).
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from typing import Any

from ..._core._streaming import AsyncStream, Stream
from .._message_stream import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    MessageStream,
    MessageStreamManager,
)
from ._response import parse_message
from ._types import ParsedMessage

__all__ = [
    "AsyncParsedMessageStream",
    "AsyncParsedMessageStreamManager",
    "ParsedMessageStream",
    "ParsedMessageStreamManager",
]


def _parsed(message: Any, output_format: object) -> ParsedMessage[Any]:
    """The stream's final message as a `ParsedMessage`, without validating it a second time:
    `ParsedMessage` adds no field to `Message`, so a copy of the message is relabelled (the stream
    keeps its own); `parse_message` then swaps the text blocks for parsed ones."""
    if not isinstance(message, ParsedMessage):
        message = copy.copy(message)
        message.__class__ = ParsedMessage
    return parse_message(message, output_format)


class ParsedMessageStream(MessageStream[Any, Any]):
    """A `MessageStream` whose final message is validated as the requested output format."""

    _output_format: object
    _parsed: ParsedMessage[Any] | None

    def get_final_message(self) -> ParsedMessage[Any]:
        """Read the rest of the stream; the whole message, its text parsed."""
        if getattr(self, "_parsed", None) is None:
            self._parsed = _parsed(super().get_final_message(), self._output_format)
        assert self._parsed is not None
        return self._parsed


class AsyncParsedMessageStream(AsyncMessageStream[Any, Any]):
    """`ParsedMessageStream` for the async client."""

    _output_format: object
    _parsed: ParsedMessage[Any] | None

    async def get_final_message(self) -> ParsedMessage[Any]:
        """Read the rest of the stream; the whole message, its text parsed."""
        if getattr(self, "_parsed", None) is None:
            self._parsed = _parsed(await super().get_final_message(), self._output_format)
        assert self._parsed is not None
        return self._parsed


class ParsedMessageStreamManager(MessageStreamManager[Any, Any]):
    """`MessageStreamManager` giving a `ParsedMessageStream`."""

    def __init__(
        self,
        open: Callable[[], Stream[Any]],
        load_message: Callable[[], type[Any]],
        output_format: object,
    ) -> None:
        super().__init__(open, load_message)
        self._output_format = output_format

    def __enter__(self) -> ParsedMessageStream:
        stream = super().__enter__()
        # The core manager builds the stream itself; the subclass adds only methods and
        # attributes, so the built object is re-labelled rather than rebuilt.
        stream.__class__ = ParsedMessageStream
        assert isinstance(stream, ParsedMessageStream)
        stream._output_format = self._output_format
        stream._parsed = None
        return stream


class AsyncParsedMessageStreamManager(AsyncMessageStreamManager[Any, Any]):
    """`AsyncMessageStreamManager` giving an `AsyncParsedMessageStream`."""

    def __init__(
        self,
        open: Callable[[], Awaitable[AsyncStream[Any]] | AsyncStream[Any]],
        load_message: Callable[[], type[Any]],
        output_format: object,
    ) -> None:
        super().__init__(open, load_message)
        self._output_format = output_format

    async def __aenter__(self) -> AsyncParsedMessageStream:
        stream = await super().__aenter__()
        stream.__class__ = AsyncParsedMessageStream
        assert isinstance(stream, AsyncParsedMessageStream)
        stream._output_format = self._output_format
        stream._parsed = None
        return stream
