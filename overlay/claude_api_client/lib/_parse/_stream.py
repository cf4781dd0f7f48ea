"""The streams `messages.stream(...)` returns: their messages are `ParsedMessage`s.

As in the official package, every message stream accumulates a `ParsedMessage` whose text blocks
are `ParsedTextBlock`s (the snapshot, the stop events' message and blocks, the final message),
relabelled as they are adopted (neither class adds a field the API sends, so nothing is validated
again). With `output_format=T`, `get_final_message()` also validates the text blocks as `T`
(`parsed_output`; `ParsedOutputError` when the reply does not validate); without one,
`parsed_output` stays None.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pydantic

from ..._core._streaming import AsyncStream, Stream
from ...types import Message, TextBlock
from .._message_stream import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    MessageStream,
    MessageStreamManager,
)
from ._response import parse_message
from ._types import ParsedMessage, ParsedTextBlock

__all__ = [
    "AsyncParsedMessageStream",
    "as_parsed",
    "AsyncParsedMessageStreamManager",
    "ParsedMessageStream",
    "ParsedMessageStreamManager",
]


# pydantic before 2.14 cannot serialize a model whose class is still unbuilt (`defer_build`) when
# it is nested in another (a `ParsedTextBlock` in a message's content): there the two classes are
# built before the first relabel (25-50 ms, once per process); 2.14 builds them on first use.
_BUILT_ON_FIRST_USE = tuple(map(int, pydantic.VERSION.split(".")[:2])) >= (2, 14)


def as_parsed(model: Any) -> Any:
    """An adopted copy as its parsed class: a `Message` becomes a `ParsedMessage` (which adds no
    field), a text block a `ParsedTextBlock` whose `parsed_output` is None until parsed."""
    if not _BUILT_ON_FIRST_USE and not ParsedTextBlock.__pydantic_complete__:
        ParsedMessage.model_rebuild()
        ParsedTextBlock.model_rebuild()
    kind = type(model)
    if kind is Message:
        model.__class__ = ParsedMessage
    elif kind is TextBlock:
        model.__class__ = ParsedTextBlock
        model.__dict__["parsed_output"] = None  # the field's default, not a field that was sent
    return model


class ParsedMessageStream(MessageStream[Any, Any]):
    """A `MessageStream` of `ParsedMessage`s, its final message validated as the requested output
    format (if any)."""

    _output_format: object
    _parsed: ParsedMessage[Any] | None

    def get_final_message(self) -> ParsedMessage[Any]:
        """Read the rest of the stream; the whole message, its text parsed."""
        if getattr(self, "_parsed", None) is None:
            self._parsed = parse_message(super().get_final_message(), self._output_format)
        assert self._parsed is not None
        return self._parsed


class AsyncParsedMessageStream(AsyncMessageStream[Any, Any]):
    """`ParsedMessageStream` for the async client."""

    _output_format: object
    _parsed: ParsedMessage[Any] | None

    async def get_final_message(self) -> ParsedMessage[Any]:
        """Read the rest of the stream; the whole message, its text parsed."""
        if getattr(self, "_parsed", None) is None:
            self._parsed = parse_message(await super().get_final_message(), self._output_format)
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
        super().__init__(open, load_message, as_parsed)
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
        super().__init__(open, load_message, as_parsed)
        self._output_format = output_format

    async def __aenter__(self) -> AsyncParsedMessageStream:
        stream = await super().__aenter__()
        stream.__class__ = AsyncParsedMessageStream
        assert isinstance(stream, AsyncParsedMessageStream)
        stream._output_format = self._output_format
        stream._parsed = None
        return stream
