"""The message-stream helper: ``client.messages.stream(...)`` and its async twin.

A ``MessageStream`` wraps a ``Stream`` of typed Messages events. Iterating it yields every event
as decoded (unknown events included) and, as the official helper does, its own events (see
``_stream_events``: ``text`` after a ``text_delta`` …; ``content_block_stop`` / ``message_stop``
replaced by events carrying the finished block / message), while it accumulates the message the
events describe. Events after ``message_stop`` are ignored: nothing changes a finished message.

One representation: the accumulation works on the models the stream decoded, each SSE event
being validated once from its JSON. The message of ``message_start`` and the block of each
``content_block_start`` are adopted (one shallow copy each, so the events keep what they carried)
and the deltas are set on them; the final message is that model, never dumped and validated
again. It imports no generated model: it reads and sets attributes (``event.delta.text``,
``setattr(block, "signature", …)``); ``load_message`` is only checked against (a hand-made event
whose message is not that model is validated into it once).

Rules of the accumulation (the final message must equal what the same request returns without
streaming, and hold exactly the keys its events carried):

- ``message_start`` gives the message; ``content_block_start`` appends its block as sent. A
  ``fallback`` block (a model handing over, from the API's ``fallbacks`` or
  ``BetaRefusalFallbackMiddleware``) makes the model it names in ``to`` the message's ``model``,
  as the non-streaming answer names the model that served it.
- ``text_delta`` / ``thinking_delta`` append to ``text`` / ``thinking`` (pieces are kept in lists
  and joined only when read); ``signature_delta`` sets ``signature``; ``citations_delta`` appends
  ``citation`` to ``citations`` (creating the list); a ``compaction_delta`` carries the block's
  finished content, so its fields replace the block's.
- ``input_json_delta`` (``tool_use``, ``server_tool_use``, ``mcp_tool_use`` or any block) pieces
  are kept; ``input`` is ``json.loads`` of the whole at ``content_block_stop`` (``{}`` if nothing
  came). A snapshot before that shows the partial JSON parsed by ``_partial_json.PartialJSON``,
  which parses each piece once however often snapshots are read.
- ``message_delta``: every ``delta`` field (``stop_reason``, ``stop_sequence``, ``stop_details``,
  ``container`` …) and every other event field (``context_management`` …) is set on the message;
  its ``usage`` fields override or extend the ``message_start`` usage, except that a null never
  erases a count that is already known.
- An unknown event or delta type is yielded but cannot be merged: the message is left unchanged.
- ``current_message_snapshot`` is a copy built when read (blocks copied, pieces joined), so later
  events do not change it; once the message is complete it is the final message itself.
"""

from __future__ import annotations

import copy
import inspect
import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._core._casts import attach_request_id
from .._core._closing import AsyncClosing, Closing
from .._core._exceptions import AnthropicError
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
from ._partial_json import PartialJSON, check_depth, parse_partial_json

if TYPE_CHECKING:
    import httpx
    import pydantic

    from .._core._streaming import AsyncStream, Stream

__all__ = [
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "MessageStream",
    "MessageStreamError",
    "MessageStreamManager",
]

M = TypeVar("M", bound="pydantic.BaseModel")
E = TypeVar("E")


_new = object.__new__


def _as_is(model: Any) -> Any:
    return model


class MessageStreamError(AnthropicError, RuntimeError):
    """The message stream cannot give what was asked: no message yet, no text block, a stream
    closed before it completed, or a tool input that is not valid JSON."""


# --- accumulation ---------------------------------------------------------------------------------


def _given(obj: Any) -> dict[str, Any]:
    """The fields an event part carried, as the values already decoded (no conversion back to
    JSON): a model's fields set, or a plain mapping's items."""
    if isinstance(obj, dict):
        return obj
    fields = getattr(obj, "model_fields_set", None)
    if fields is None:
        return dict(obj.to_dict())
    return {name: getattr(obj, name) for name in fields}


def _plain(obj: Any) -> dict[str, Any]:
    """A foreign object (not the message model) as plain data, to validate it once."""
    if isinstance(obj, dict):
        return obj
    to_dict = getattr(obj, "to_dict", None)
    if to_dict is not None:
        data: dict[str, Any] = to_dict()
        return data
    dumped: dict[str, Any] = obj.model_dump(mode="json", exclude_unset=True, by_alias=True)
    return dumped


class _Block:
    """One content block of the message: its model (the stream's own copy of the block the
    ``content_block_start`` carried), and the string pieces not yet joined into it."""

    __slots__ = (
        "fed",
        "input_error",
        "json",
        "json_size",
        "model",
        "parser",
        "raw_json",
        "size",
        "text",
        "thinking",
    )

    def __init__(self, model: Any) -> None:
        self.model = model
        self.text: list[str] | None = None
        self.thinking: list[str] | None = None
        self.size = 0  # length of the text (or thinking) so far, for the events' snapshots
        self.json: list[str] | None = None  # raw partial_json pieces; None once finished
        self.json_size = 0  # length of the partial JSON so far
        self.raw_json = ""  # the whole input JSON, once finished
        self.input_error: str | None = None
        self.parser: PartialJSON | None = None  # fed the pieces as far as a snapshot needed
        self.fed = 0  # pieces the parser has been fed

    def pieces(self, key: str) -> list[str]:
        """The pieces of the block's `text` (or `thinking`), started on its first delta from
        what the block already held (`size` counted from there)."""
        first = getattr(self.model, key, None) or ""
        parts = [first]
        setattr(self, key, parts)
        self.size = len(first)
        return parts

    def joined(self, key: str) -> str:
        """The block's whole `text` (or `thinking`) so far, as one string."""
        self.flush()
        value = getattr(self.model, key, None)
        return value if isinstance(value, str) else ""

    def flush(self) -> None:
        """Join the pending string pieces into the model (kept as one piece for what follows)."""
        for key in ("text", "thinking"):
            parts: list[str] | None = getattr(self, key)
            if parts is not None and len(parts) > 1:
                parts[:] = ["".join(parts)]
                setattr(self.model, key, parts[0])

    def parsed_text(self, size: int) -> object:
        """The first `size` characters of the block's text, read as partial JSON."""
        return parse_partial_json(self.joined("text")[:size])

    def partial_input(self, size: int, trailing_strings: bool = False) -> object:
        """The tool input parsed from the first `size` characters of its JSON (``{}`` while
        nothing usable has arrived). Read in order, each piece is parsed once."""
        parts = self.json
        try:
            if parts is None:  # finished: the whole input was parsed at content_block_stop
                if size >= len(self.raw_json) and self.input_error is None:
                    return getattr(self.model, "input", None)
                return parse_partial_json(self.raw_json[:size], trailing_strings=trailing_strings)
            parser = self.parser
            if parser is None or parser.consumed > size:  # first read, or an older event's
                parser = self.parser = PartialJSON()
                self.fed = 0
            while parser.consumed < size:
                parser.feed(parts[self.fed])
                self.fed += 1
            return parser.value(trailing_strings=trailing_strings)
        except ValueError:
            return {}

    def snapshot(self) -> Any:
        """A copy of the block as it stands (later deltas do not change it)."""
        self.flush()
        model = copy.copy(self.model)
        if self.json is not None and self.json_size:
            partial = self.partial_input(self.json_size, trailing_strings=True)
            if partial != {} or getattr(model, "input", None) is None:
                model.input = partial
        return model

    def finish(self) -> Any:
        """The finished block: pieces joined, the tool input parsed whole."""
        self.flush()
        parts = self.json
        if parts is None:
            return self.model
        self.json = None
        self.parser = None
        raw = self.raw_json = "".join(parts)
        if not raw:
            self.model.input = {}
            return self.model
        try:
            check_depth(raw)  # the same limit on every Python (3.13's json goes deeper)
            self.model.input = json.loads(raw)
        except (ValueError, RecursionError) as error:
            self.input_error = f"{error}; the JSON received: {raw[:2000]!r}"
            try:
                self.model.input = parse_partial_json(raw)
            except ValueError:
                pass
        return self.model


class _Accumulator(Generic[M]):
    """The message the events so far describe, kept as the decoded models themselves.

    ``message_start``'s message and each ``content_block_start``'s block are adopted (one shallow
    copy each, so the yielded events keep what they carried) and the deltas are set on them;
    strings are joined only when read. The final message is that model: nothing is dumped to
    plain data and validated again. A snapshot read mid-stream is a copy (lazy: built on access).
    """

    _stream: Any  # the Stream / AsyncStream read (typed in the subclasses)

    @property
    def response(self) -> httpx.Response:
        response: httpx.Response = self._stream.response
        return response

    @property
    def request_id(self) -> str | None:
        return self._request_id()

    def _request_id(self) -> str | None:
        request_id: str | None = self._stream.request_id
        return request_id

    @property
    def workspace_id(self) -> str | None:
        """The workspace that served the stream (the `anthropic-workspace-id` response header),
        None when the response does not say."""
        workspace: str | None = self.response.headers.get("anthropic-workspace-id")
        return workspace

    def __init__(self, load_message: Callable[[], type[M]]) -> None:
        self._load_message = load_message
        # Given each copy the stream adopts (the message, each block); what it returns is kept.
        # The managers set it: the messages' `stream()` relabels them as `ParsedMessage` /
        # `ParsedTextBlock`.
        self._adopt: Callable[[Any], Any] = _as_is
        self._message: Any = None
        self._content: list[Any] = []  # the message's own `content` list (the block models)
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
                parts = block.text or block.pieces("text")
                parts.append(text)
                block.size += len(text)
                # Built without __init__ (no Python frame): this runs for nearly every event.
                event = _new(TextEvent)
                event.text = text
                event._block = block
                event._size = block.size
                return event
            if dkind == "input_json_delta":
                piece = delta.partial_json
                parts = block.json
                if parts is None:
                    parts = block.json = []
                parts.append(piece)
                block.json_size += len(piece)
                event = _new(InputJsonEvent)
                event.partial_json = piece
                event._block = block
                event._size = block.json_size
                return event
            if dkind == "thinking_delta":
                text = delta.thinking
                parts = block.thinking or block.pieces("thinking")
                parts.append(text)
                block.size += len(text)
                return ThinkingEvent(text, block, block.size)
            if dkind == "signature_delta":
                block.model.signature = delta.signature
                return SignatureEvent(delta.signature)
            if dkind == "citations_delta":
                citation = delta.citation
                # A new list each time: an earlier snapshot or event may hold the old one.
                citations = [*(getattr(block.model, "citations", None) or ()), citation]
                block.model.citations = citations
                return CitationEvent(citation, citations)
            if dkind == "compaction_delta":
                model = block.model
                for key, value in _given(delta).items():
                    if key != "type":
                        setattr(model, key, value)
                return CompactionEvent(
                    getattr(model, "content", None), getattr(model, "encrypted_content", None)
                )
            # Any other delta is unknown: yielded to the caller, but there is nothing to merge.
            return None
        if kind == "content_block_start":
            self._start_block(event.index, event.content_block)
        elif kind == "content_block_stop":
            index = event.index
            if 0 <= index < len(self._blocks):
                return ContentBlockStopEvent(index, self._blocks[index].finish)
        elif kind == "message_start":
            self._start_message(event.message)
        elif kind == "message_delta":
            self._apply_message_delta(event)
        elif kind == "message_stop":
            self._complete = True
            return MessageStopEvent(self._final_message)
        return None

    def _start_message(self, message: Any) -> None:
        cls = self._load_message()
        if isinstance(message, cls):
            message = copy.copy(message)
        else:  # not the message model (a hand-made event): validated once, here
            message = cls.model_validate(_plain(message))
        message = self._adopt(message)
        content = getattr(message, "content", None)
        # A list of our own, the blocks it holds the ones the deltas change.
        self._content = list(content) if isinstance(content, list) else []
        self._blocks = [_Block(self._adopt(copy.copy(block))) for block in self._content]
        self._content[:] = [block.model for block in self._blocks]
        message.content = self._content
        self._message = message
        self._final = None

    def _start_block(self, index: int, block: Any) -> None:
        if self._message is None:
            return  # no message to add it to
        new = _Block(self._adopt(copy.copy(block)))
        if getattr(block, "type", None) == "fallback":
            served_by = getattr(getattr(block, "to", None), "model", None)
            if isinstance(served_by, str):
                self._message.model = served_by
        if 0 <= index < len(self._blocks):
            self._blocks[index] = new  # the same index again: the later start wins
            self._content[index] = new.model
        else:
            self._blocks.append(new)
            self._content.append(new.model)

    def _apply_message_delta(self, event: Any) -> None:
        message = self._message
        if message is None:
            return
        for key, value in _given(event).items():
            if key == "delta" and value is not None:
                for name, field in _given(value).items():
                    setattr(message, name, field)
            elif key == "usage" and value is not None:
                usage = getattr(message, "usage", None)
                if usage is None:
                    message.usage = value
                    continue
                usage = copy.copy(usage)  # a snapshot may hold the old one
                for name, count in _given(value).items():
                    if count is None and getattr(usage, name, None) is not None:
                        continue  # a null does not erase a count already known
                    setattr(usage, name, count)
                message.usage = usage
            elif key != "type":
                setattr(message, key, value)

    def _final_message(self) -> M:
        if self._final is None:
            if not self._complete:
                raise MessageStreamError("The stream was closed before the message was complete.")
            if self._message is None:
                raise MessageStreamError("No message: the stream sent no message_start.")
            for block in self._blocks:
                block.finish()  # a block that never got its content_block_stop
                if block.input_error is not None:
                    raise MessageStreamError(f"A tool input is not valid JSON: {block.input_error}")
            attach_request_id(self._message, self._request_id())
            self._final = self._message
        return self._final

    def _final_text(self) -> str:
        self._final_message()
        texts = [
            getattr(b.model, "text", None)
            for b in self._blocks
            if getattr(b.model, "type", None) == "text"
        ]
        if not texts:
            raise MessageStreamError(
                "get_final_text(): the message has no text block "
                "(its content is tool calls or other blocks; use get_final_message())."
            )
        return "".join(t for t in texts if isinstance(t, str))

    @property
    def current_message_snapshot(self) -> M:
        """The message so far, as a model (partial tool inputs parsed best-effort); a copy, so
        later events do not change it. Once the message is complete, the final message."""
        if self._final is not None:
            return self._final
        message = self._message
        if message is None:
            raise MessageStreamError("No message yet: the stream has not sent message_start.")
        snapshot = copy.copy(message)
        snapshot.content = [block.snapshot() for block in self._blocks]
        attach_request_id(snapshot, self._request_id())
        return snapshot  # type: ignore[no-any-return]


def _share_snapshot(stream: Any, helper: _Accumulator[Any]) -> None:
    """Let the span of the call (when traced: `lib/_tracing`) read the message accumulated so
    far when the stream ends: its output content in content mode."""
    span = getattr(stream, "_call_span", None)
    if span is not None:
        span.share_snapshot(lambda: helper.current_message_snapshot)


class MessageStream(Closing, _Accumulator[M], Generic[M, E]):
    """Events of a streamed message, and the message they add up to.

    Iterate it for every event (the raw ones and the helper's); ``text_stream`` for the text
    alone; ``until_done()``,
    ``get_final_message()`` or ``get_final_text()`` to read it to the end.
    """

    def __init__(self, stream: Stream[E], load_message: Callable[[], type[M]]) -> None:
        super().__init__(load_message)
        self._stream: Stream[E] = stream
        _share_snapshot(stream, self)
        self._iterator = self._iterate()

    def _iterate(self) -> Generator[E, None, None]:
        accumulate = self._accumulate
        # The stream's events chunk by chunk: no generator step per event between the two.
        stream = self._stream
        for batch in stream._batches:
            for event in batch:
                extra = accumulate(event)
                if extra is None:
                    yield event
                elif extra._replaces:
                    yield extra
                    if self._complete:  # message_stop: nothing may change the final message
                        for _ in stream._batches:
                            pass
                        return
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
        self._stream: AsyncStream[E] = stream
        _share_snapshot(stream, self)
        self._iterator = self._iterate()

    async def _iterate(self) -> AsyncGenerator[E, None]:
        accumulate = self._accumulate
        # The stream's events chunk by chunk: no generator step per event between the two.
        stream = self._stream
        async for batch in stream._batches:
            for event in batch:
                extra = accumulate(event)
                if extra is None:
                    yield event
                elif extra._replaces:
                    yield extra
                    if self._complete:  # message_stop: nothing may change the final message
                        async for _ in stream._batches:
                            pass
                        return
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

    def __init__(
        self,
        open: Callable[[], Stream[E]],
        load_message: Callable[[], type[M]],
        adopt: Callable[[Any], Any] | None = None,
    ) -> None:
        self._open = open
        self._load_message = load_message
        self._adopt = adopt
        self._stream: MessageStream[M, E] | None = None

    def __enter__(self) -> MessageStream[M, E]:
        if self._stream is not None:
            raise MessageStreamError(
                "This stream manager was already entered; call stream() again."
            )
        self._stream = MessageStream(self._open(), self._load_message)
        if self._adopt is not None:
            self._stream._adopt = self._adopt
        return self._stream

    def __exit__(self, *exc_info: object) -> None:
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
        adopt: Callable[[Any], Any] | None = None,
    ) -> None:
        self._open = open
        self._load_message = load_message
        self._adopt = adopt
        self._stream: AsyncMessageStream[M, E] | None = None

    async def __aenter__(self) -> AsyncMessageStream[M, E]:
        if self._stream is not None:
            raise MessageStreamError(
                "This stream manager was already entered; call stream() again."
            )
        opened = self._open()
        stream: AsyncStream[E] = await opened if inspect.isawaitable(opened) else opened
        self._stream = AsyncMessageStream(stream, self._load_message)
        if self._adopt is not None:
            self._stream._adopt = self._adopt
        return self._stream

    async def __aexit__(self, *exc_info: object) -> None:
        if self._stream is not None:
            await self._stream.close()
