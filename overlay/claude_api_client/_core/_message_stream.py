"""The message-stream helper: ``client.messages.stream(...)`` and its async twin.

A ``MessageStream`` wraps a ``Stream`` of typed Messages events. Iterating it yields every event
as decoded (unknown events included) and, as the official helper does, its own events (see
``_stream_events``: ``text`` after a ``text_delta`` …; ``content_block_stop`` / ``message_stop``
replaced by events carrying the finished block / message), while it accumulates the message the
events describe. Events after ``message_stop`` are ignored: nothing changes a finished message. The accumulation is model-agnostic (this module is in the core, which
knows no generated model): it reads events by duck typing (``event.type``, ``event.index``,
``event.delta`` …), keeps a plain-dict snapshot, and builds models only when asked, through the
``load_message`` loader the generated resource passes in.

Rules of the accumulation (the final message must equal what the same request returns without
streaming, and hold exactly the keys its events carried):

- ``message_start`` gives the message; ``content_block_start`` appends its block as sent.
- ``text_delta`` / ``thinking_delta`` append to ``text`` / ``thinking`` (pieces are kept in lists
  and joined only when a snapshot is built); ``signature_delta`` sets ``signature``;
  ``citations_delta`` appends ``citation`` to ``citations`` (creating the list); a
  ``compaction_delta`` carries the block's finished content, so its fields replace the block's.
- ``input_json_delta`` (``tool_use``, ``server_tool_use``, ``mcp_tool_use`` or any block) pieces
  are concatenated; ``input`` is ``json.loads`` of the whole at ``content_block_stop`` (``{}`` if
  nothing came). A snapshot taken before that shows a best-effort parse of the partial JSON.
- ``message_delta``: every ``delta`` field (``stop_reason``, ``stop_sequence``, ``stop_details``,
  ``container`` …) and every other event field (``context_management`` …) is set on the message;
  its ``usage`` fields override or extend the ``message_start`` usage, except that a null never
  erases a count that is already known.
- An unknown event or delta type is yielded but cannot be merged: the snapshot is left unchanged.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._casts import attach_request_id
from ._closing import AsyncClosing, Closing
from ._exceptions import AnthropicError
from ._stream_events import (
    CitationEvent,
    CompactionEvent,
    ContentBlockStopEvent,
    InputJsonEvent,
    MessageStopEvent,
    SignatureEvent,
    TextEvent,
    ThinkingEvent,
)

if TYPE_CHECKING:
    import httpx
    import pydantic

    from ._streaming import AsyncStream, Stream

__all__ = [
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "MessageStream",
    "MessageStreamError",
    "MessageStreamManager",
    "parse_partial_json",
]

M = TypeVar("M", bound="pydantic.BaseModel")
E = TypeVar("E")


class MessageStreamError(AnthropicError, RuntimeError):
    """The message stream cannot give what was asked: no message yet, no text block, a stream
    closed before it completed, or a tool input that is not valid JSON."""


# --- partial JSON ---------------------------------------------------------------------------------


# json's own string scanner (C-accelerated): (text, index after the quote, strict) -> (str, end).
# It is public in json.decoder but absent from the type stubs.
scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


class _Incomplete(ValueError):
    """The text ends before a usable value (``tru``, ``-``, an object key …)."""


_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_NUMBER_TAIL = re.compile(r"[-+.eE0-9]*\Z")  # what may follow a number prefix at the very end
# An escape cut off at the end: an odd run of backslashes, maybe with part of a \uXXXX.
_CUT_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*(\\(?:u[0-9a-fA-F]{0,3})?)\Z")
_LITERALS = {"t": ("true", True), "f": ("false", False), "n": ("null", None)}


def parse_partial_json(text: str, *, trailing_strings: bool = True) -> object:
    """Parse a JSON document that may be cut off anywhere, closing what is still open.

    Open strings, arrays and objects are closed; a trailing piece that is not a value yet (an
    object key without its value, ``tru``, ``-``, a dangling ``,`` or ``:``) is dropped. With
    ``trailing_strings=False`` a string or number still being written is dropped too (what the
    official helper's ``input_json`` snapshots show). Raises ``ValueError`` when the text is not
    the beginning of a JSON document, or holds no value yet.
    """
    try:
        return json.loads(text)
    except ValueError:
        pass  # the usual case mid-stream: cut off
    pos = _skip(text, 0)
    if pos >= len(text):
        raise _Incomplete("no value yet")
    value, end = _value(text, pos, trailing_strings)
    if _skip(text, end) != len(text):
        raise ValueError(f"unexpected data after the JSON value at {end}")
    return value


def _value(text: str, pos: int, trailing: bool = True) -> tuple[object, int]:
    """The value starting at ``pos`` (not whitespace, not the end) and where it ends; a value
    cut off by the end of the text ends at ``len(text)``."""
    char = text[pos]
    if char == '"':
        string, end, closed = _string(text, pos)
        if not closed and not trailing:
            raise _Incomplete("string")
        return string, end
    if char == "{":
        return _object(text, pos, trailing)
    if char == "[":
        return _array(text, pos, trailing)
    literal = _LITERALS.get(char)
    if literal is not None:
        word, value = literal
        if text.startswith(word, pos):
            return value, pos + len(word)
        if word.startswith(text[pos:]):
            raise _Incomplete(word)
        raise ValueError(f"invalid literal at {pos}")
    match = _NUMBER.match(text, pos)
    if match is None:
        if text[pos:] == "-":
            raise _Incomplete("number")
        raise ValueError(f"unexpected character {char!r} at {pos}")
    end = match.end()
    if end < len(text) and _NUMBER_TAIL.match(text, end):
        # "1." or "2e" at the very end: keep the number read so far, the rest is still coming.
        if not trailing:
            raise _Incomplete("number")
        return json.loads(match.group()), len(text)
    return json.loads(match.group()), end


def _string(text: str, pos: int) -> tuple[str, int, bool]:
    """The string opening at ``pos``, where it ends, and whether its closing quote arrived."""
    try:
        value, end = scanstring(text, pos + 1, False)
        return value, end, True
    except ValueError:
        pass  # cut off (or invalid: told apart below)
    fragment = text[pos + 1 :]
    cut = _CUT_ESCAPE.search(fragment)
    if cut is not None:
        fragment = fragment[: cut.start(1)]
    value, end = scanstring(fragment + '"', 0, False)  # raises if the string is invalid
    if end != len(fragment) + 1:
        raise ValueError(f"invalid string at {pos}")
    if value and "\ud800" <= value[-1] <= "\udbff":
        value = value[:-1]  # half of a surrogate pair whose other half is still coming
    return value, len(text), False


def _skip(text: str, pos: int) -> int:
    match = _WS.match(text, pos)
    return match.end() if match is not None else pos


def _object(text: str, pos: int, trailing: bool = True) -> tuple[object, int]:
    out: dict[str, object] = {}
    size = len(text)
    pos = _skip(text, pos + 1)
    if pos < size and text[pos] == "}":
        return out, pos + 1
    while pos < size:
        if text[pos] != '"':
            raise ValueError(f"expected a key at {pos}")
        key, pos, closed = _string(text, pos)
        if not closed:
            break  # a key without its value is dropped
        pos = _skip(text, pos)
        if pos >= size:
            break
        if text[pos] != ":":
            raise ValueError(f"expected ':' at {pos}")
        pos = _skip(text, pos + 1)
        if pos >= size:
            break
        try:
            value, pos = _value(text, pos, trailing)
        except _Incomplete:
            break
        out[key] = value
        pos = _skip(text, pos)
        if pos >= size:
            break
        char = text[pos]
        if char == "}":
            return out, pos + 1
        if char != ",":
            raise ValueError(f"expected ',' or '}}' at {pos}")
        pos = _skip(text, pos + 1)
    return out, size


def _array(text: str, pos: int, trailing: bool = True) -> tuple[object, int]:
    out: list[object] = []
    size = len(text)
    pos = _skip(text, pos + 1)
    if pos < size and text[pos] == "]":
        return out, pos + 1
    while pos < size:
        try:
            value, pos = _value(text, pos, trailing)
        except _Incomplete:
            break
        out.append(value)
        pos = _skip(text, pos)
        if pos >= size:
            break
        char = text[pos]
        if char == "]":
            return out, pos + 1
        if char != ",":
            raise ValueError(f"expected ',' or ']' at {pos}")
        pos = _skip(text, pos + 1)
    return out, size


# --- accumulation ---------------------------------------------------------------------------------


def _plain(obj: Any) -> dict[str, Any]:
    """A model (or a dict) as the plain JSON data it was parsed from."""
    if isinstance(obj, dict):
        return dict(obj)
    to_dict = getattr(obj, "to_dict", None)
    if to_dict is not None:
        data: dict[str, Any] = to_dict()
        return data
    dumped: dict[str, Any] = obj.model_dump(mode="json", exclude_unset=True, by_alias=True)
    return dumped


class _Block:
    """One content block of the snapshot, with the string pieces not yet joined into it."""

    __slots__ = (
        "citations",
        "data",
        "input_error",
        "json",
        "json_size",
        "parsed_size",
        "raw_json",
        "size",
        "text",
        "thinking",
    )

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.text: list[str] | None = None
        self.thinking: list[str] | None = None
        self.size = 0  # length of the text (or thinking) so far, for the events' snapshots
        self.json: list[str] | None = None  # raw partial_json pieces; None once finalised
        self.json_size = 0  # length of the partial JSON so far
        self.parsed_size = -1  # length of the partial JSON the snapshot's `input` reflects
        self.raw_json = ""  # the whole input JSON, once finished
        self.input_error: str | None = None
        self.citations: list[Any] | None = None  # the citation models, for CitationEvent

    def joined(self, key: str) -> str:
        """The block's whole `text` (or `thinking`) so far, as one string."""
        self.flush()
        value = self.data.get(key)
        return value if isinstance(value, str) else ""

    def partial_input(self, size: int) -> object:
        """The tool input parsed from the first `size` characters of its JSON."""
        parts = self.json
        if parts is None:  # finished: the whole input was parsed at content_block_stop
            raw = self.raw_json
            if size >= len(raw) and self.input_error is None:
                return self.data.get("input")
        else:
            if len(parts) > 1:
                parts[:] = ["".join(parts)]
            raw = parts[0] if parts else ""
        try:
            return parse_partial_json(raw[:size], trailing_strings=False)
        except ValueError:
            return {}

    def flush(self) -> None:
        """Join the pending string pieces into the block (kept as one piece for what follows)."""
        for key in ("text", "thinking"):
            parts: list[str] | None = getattr(self, key)
            if parts:
                if len(parts) > 1:
                    parts[:] = ["".join(parts)]
                self.data[key] = parts[0]

    def show_partial_input(self) -> None:
        parts = self.json
        if not parts:
            return
        if len(parts) > 1:
            parts[:] = ["".join(parts)]
        raw = parts[0]
        if len(raw) == self.parsed_size:
            return  # nothing new since the last snapshot
        self.parsed_size = len(raw)
        try:
            self.data["input"] = parse_partial_json(raw)
        except ValueError:
            pass  # nothing usable yet (or not JSON): keep what the block had

    def finish_input(self) -> None:
        parts = self.json
        if parts is None:
            return
        self.json = None
        raw = self.raw_json = "".join(parts)
        if not raw:
            self.data["input"] = {}
            return
        try:
            self.data["input"] = json.loads(raw)
        except ValueError as error:
            self.input_error = f"{error}; the JSON received: {raw!r}"
            try:
                self.data["input"] = parse_partial_json(raw)
            except ValueError:
                pass


class _Accumulator(Generic[M]):
    """The snapshot of the message the events so far describe."""

    def __init__(self, load_message: Callable[[], type[M]]) -> None:
        self._load_message = load_message
        self._message: dict[str, Any] | None = None
        self._blocks: list[_Block] = []
        self._complete = False  # the events ran to their end
        self._final: M | None = None

    # Per event. Ordered by frequency: deltas are nearly every event of a stream. Returns the
    # synthetic event that follows the raw one (TextEvent …), or that replaces it (the stop
    # events carrying the finished block / message), or None.
    def _accumulate(self, event: Any) -> Any:
        kind = event.type
        if kind == "content_block_delta":
            index = event.index
            blocks = self._blocks
            if not 0 <= index < len(blocks):
                return None  # a delta for a block that never started: nothing to merge it into
            block = blocks[index]
            delta = event.delta
            dkind = delta.type
            if dkind == "text_delta":
                text = delta.text
                parts = block.text
                if parts is None:
                    first = block.data.get("text") or ""
                    parts = block.text = [first]
                    block.size = len(first)
                parts.append(text)
                block.size += len(text)
                return TextEvent(text, block, block.size)
            if dkind == "input_json_delta":
                piece = delta.partial_json
                parts = block.json
                if parts is None:
                    parts = block.json = []
                parts.append(piece)
                block.json_size += len(piece)
                return InputJsonEvent(piece, block, block.json_size)
            if dkind == "thinking_delta":
                text = delta.thinking
                parts = block.thinking
                if parts is None:
                    first = block.data.get("thinking") or ""
                    parts = block.thinking = [first]
                    block.size = len(first)
                parts.append(text)
                block.size += len(text)
                return ThinkingEvent(text, block, block.size)
            if dkind == "signature_delta":
                block.data["signature"] = delta.signature
                return SignatureEvent(delta.signature)
            if dkind == "citations_delta":
                citation = _plain(delta.citation)
                old = block.data.get("citations")
                # A new list each time: a snapshot model may still hold the old one.
                block.data["citations"] = [*old, citation] if old else [citation]
                models = block.citations
                if models is None:
                    models = block.citations = []
                models.append(delta.citation)
                return CitationEvent(delta.citation, list(models))
            if dkind == "compaction_delta":
                for key, value in _plain(delta).items():
                    if key != "type":
                        block.data[key] = value
                data = block.data
                return CompactionEvent(data.get("content"), data.get("encrypted_content"))
            # Any other delta is unknown: yielded to the caller, but there is nothing to merge.
            return None
        if kind == "content_block_start":
            self._start_block(event.index, _plain(event.content_block))
        elif kind == "content_block_stop":
            index = event.index
            if 0 <= index < len(self._blocks):
                self._blocks[index].finish_input()
                return ContentBlockStopEvent(index, partial(self._finished_block, index))
        elif kind == "message_start":
            self._start_message(_plain(event.message))
        elif kind == "message_delta":
            self._apply_message_delta(_plain(event))
        elif kind == "message_stop":
            self._complete = True
            return MessageStopEvent(self._final_message)
        return None

    def _finished_block(self, index: int) -> Any:
        message = self._final if self._final is not None else self._build()
        return message.content[index]  # type: ignore[attr-defined]

    def _start_message(self, message: dict[str, Any]) -> None:
        content = message.get("content")
        self._message = message
        # A non-dict item cannot take deltas; its stand-in keeps the indexes aligned.
        items = content if isinstance(content, list) else []
        self._blocks = [_Block(b if isinstance(b, dict) else {}) for b in items]
        self._final = None

    def _start_block(self, index: int, data: dict[str, Any]) -> None:
        message = self._message
        if message is None:
            return  # no message to add it to
        content = message.get("content")
        if not isinstance(content, list):
            content = message["content"] = []
            self._blocks = []
        block = _Block(data)
        if 0 <= index < len(self._blocks):
            self._blocks[index] = block  # the same index again: the later start wins
            content[index] = data
        else:
            self._blocks.append(block)
            content.append(data)

    def _apply_message_delta(self, event: dict[str, Any]) -> None:
        message = self._message
        if message is None:
            return
        for key, value in event.items():
            if key == "delta" and isinstance(value, dict):
                message.update(value)
            elif key == "usage" and isinstance(value, dict):
                usage = message.get("usage")
                if not isinstance(usage, dict):
                    message["usage"] = value
                    continue
                usage = message["usage"] = dict(usage)  # a snapshot model may hold the old one
                for name, count in value.items():
                    if count is None and usage.get(name) is not None:
                        continue  # a null does not erase a count already known
                    usage[name] = count
            elif key != "type":
                message[key] = value

    # Building models.
    def _snapshot_dict(self) -> dict[str, Any]:
        message = self._message
        if message is None:
            raise MessageStreamError("No message yet: the stream has not sent message_start.")
        for block in self._blocks:
            block.flush()
            if block.json is not None:
                block.show_partial_input()
        return message

    def _build(self) -> M:
        model = self._load_message().model_validate(self._snapshot_dict())
        attach_request_id(model, self._request_id())
        return model

    def _request_id(self) -> str | None:
        raise NotImplementedError

    def _final_message(self) -> M:
        if self._final is None:
            if not self._complete:
                raise MessageStreamError("The stream was closed before the message was complete.")
            for block in self._blocks:
                block.finish_input()  # a block that never got its content_block_stop
                if block.input_error is not None:
                    raise MessageStreamError(f"A tool input is not valid JSON: {block.input_error}")
            self._final = self._build()
        return self._final

    def _final_text(self) -> str:
        self._final_message()
        texts = [b.data["text"] for b in self._blocks if b.data.get("type") == "text"]
        if not texts:
            raise MessageStreamError(
                "get_final_text(): the message has no text block "
                "(its content is tool calls or other blocks; use get_final_message())."
            )
        return "".join(t for t in texts if isinstance(t, str))

    @property
    def current_message_snapshot(self) -> M:
        """The message so far, as a model (partial tool inputs parsed best-effort)."""
        if self._final is not None:
            return self._final
        return self._build()


# Synthetic events that take the place of their raw event (the others follow it).
_REPLACING = (ContentBlockStopEvent, MessageStopEvent)


class MessageStream(Closing, _Accumulator[M], Generic[M, E]):
    """Events of a streamed message, and the message they add up to.

    Iterate it for every event (the raw ones and the helper's); ``text_stream`` for the text
    alone; ``until_done()``,
    ``get_final_message()`` or ``get_final_text()`` to read it to the end.
    """

    def __init__(self, stream: Stream[E], load_message: Callable[[], type[M]]) -> None:
        super().__init__(load_message)
        self._stream = stream
        self._iterator = self._iterate()

    def _iterate(self) -> Generator[E, None, None]:
        accumulate = self._accumulate
        for event in self._stream:
            if self._complete:
                continue  # after message_stop: nothing may change the final message
            extra = accumulate(event)
            if extra is None:
                yield event
            elif type(extra) in _REPLACING:
                yield extra
            else:
                yield event
                yield extra
        self._complete = True  # the stream itself raises when it ends short

    def __iter__(self) -> Generator[E, None, None]:
        return self._iterator

    def __next__(self) -> E:
        return next(self._iterator)

    @property
    def text_stream(self) -> Generator[str, None, None]:
        """The text deltas' strings, as they arrive (other events are consumed silently)."""
        for event in self._iterator:
            if isinstance(event, TextEvent):
                yield event.text

    @property
    def response(self) -> httpx.Response:
        return self._stream.response

    @property
    def request_id(self) -> str | None:
        return self._stream.request_id

    def _request_id(self) -> str | None:
        return self._stream.request_id

    def until_done(self) -> None:
        """Read the rest of the stream."""
        for _ in self._iterator:
            pass

    def get_final_message(self) -> M:
        """Read the rest of the stream and return the whole message."""
        self.until_done()
        return self._final_message()

    def get_final_text(self) -> str:
        """Read the rest of the stream and return the text of its text blocks, joined."""
        self.until_done()
        return self._final_text()

    def close(self) -> None:
        """Stop reading and close the response (idempotent)."""
        self._iterator.close()
        self._stream.close()

    def __repr__(self) -> str:
        return f"<MessageStream request_id={self.request_id!r} complete={self._complete}>"


class AsyncMessageStream(AsyncClosing, _Accumulator[M], Generic[M, E]):
    """The async form of ``MessageStream``."""

    def __init__(self, stream: AsyncStream[E], load_message: Callable[[], type[M]]) -> None:
        super().__init__(load_message)
        self._stream = stream
        self._iterator = self._iterate()

    async def _iterate(self) -> AsyncGenerator[E, None]:
        accumulate = self._accumulate
        async for event in self._stream:
            if self._complete:
                continue  # after message_stop: nothing may change the final message
            extra = accumulate(event)
            if extra is None:
                yield event
            elif type(extra) in _REPLACING:
                yield extra
            else:
                yield event
                yield extra
        self._complete = True

    def __aiter__(self) -> AsyncGenerator[E, None]:
        return self._iterator

    async def __anext__(self) -> E:
        return await self._iterator.__anext__()

    @property
    def text_stream(self) -> AsyncGenerator[str, None]:
        """The text deltas' strings, as they arrive (other events are consumed silently)."""
        return self._text_stream()

    async def _text_stream(self) -> AsyncGenerator[str, None]:
        async for event in self._iterator:
            if isinstance(event, TextEvent):
                yield event.text

    @property
    def response(self) -> httpx.Response:
        return self._stream.response

    @property
    def request_id(self) -> str | None:
        return self._stream.request_id

    def _request_id(self) -> str | None:
        return self._stream.request_id

    async def until_done(self) -> None:
        async for _ in self._iterator:
            pass

    async def get_final_message(self) -> M:
        await self.until_done()
        return self._final_message()

    async def get_final_text(self) -> str:
        await self.until_done()
        return self._final_text()

    async def close(self) -> None:
        """Stop reading and close the response (idempotent)."""
        await self._iterator.aclose()
        await self._stream.aclose()

    async def aclose(self) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncMessageStream request_id={self.request_id!r} complete={self._complete}>"


# --- managers -------------------------------------------------------------------------------------


class MessageStreamManager(Generic[M, E]):
    """What ``client.messages.stream(...)`` returns: ``with`` it to send the request.

    ``open`` sends the request and returns the event stream; nothing is sent before ``__enter__``.
    """

    def __init__(self, open: Callable[[], Stream[E]], load_message: Callable[[], type[M]]) -> None:
        self._open = open
        self._load_message = load_message
        self._stream: MessageStream[M, E] | None = None

    def __enter__(self) -> MessageStream[M, E]:
        if self._stream is not None:
            raise MessageStreamError(
                "This stream manager was already entered; call stream() again."
            )
        self._stream = MessageStream(self._open(), self._load_message)
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncMessageStreamManager(Generic[M, E]):
    """What ``client.messages.stream(...)`` of the async client returns: ``async with`` it.

    ``open`` may return the ``AsyncStream`` or an awaitable of it (``request_events`` is
    ``async def``); nothing is sent before ``__aenter__``.
    """

    def __init__(
        self,
        open: Callable[[], Awaitable[AsyncStream[E]] | AsyncStream[E]],
        load_message: Callable[[], type[M]],
    ) -> None:
        self._open = open
        self._load_message = load_message
        self._stream: AsyncMessageStream[M, E] | None = None

    async def __aenter__(self) -> AsyncMessageStream[M, E]:
        if self._stream is not None:
            raise MessageStreamError(
                "This stream manager was already entered; call stream() again."
            )
        opened = self._open()
        stream: AsyncStream[E] = await opened if inspect.isawaitable(opened) else opened
        self._stream = AsyncMessageStream(stream, self._load_message)
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
