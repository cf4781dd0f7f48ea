"""Typed event streams over an SSE response body.

``Stream`` / ``AsyncStream`` own an unread ``text/event-stream`` response (already checked for an
HTTP error status by the caller) and turn it into typed events with the ``decode`` callable the
generated resource passes in: ``decode(event_name, data) -> event``.

What a stream guarantees:

- Every event reaches ``decode``, unknown event types included, except ``ping`` (a keep-alive,
  skipped as the official stream skips it; ``keep_pings=True`` keeps it, and the SSE layer,
  ``iter_sse`` over ``with_streaming_response``, sees every event) and ``event: error``, which
  raises the typed API error its error type maps to.
- It never ends silently short: a body that stops mid-event, or before the terminal event
  (``message_stop`` for Messages), raises ``APIConnectionError``; an httpx transport error while
  reading raises ``APIConnectionError`` / ``APITimeoutError`` chained to the original.
  Once the terminal event has arrived the message is complete, so a connection dropped after it
  is not an error.
- The response is closed when the events are exhausted, on an error, on ``close()`` / leaving the
  ``with`` block (also after an early ``break``), and when a started iterator is garbage-collected.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._closing import AsyncClosing, Closing
from ._decoders import UnionDecoder
from ._errors import connection_error, invalid_body, response_too_large, stream_error_event
from ._exceptions import AnthropicError, APIConnectionError, request_of
from ._sse import EventDecoder, EventTooLargeError, ServerSentEvent, SSEDecoder
from ._transport import reset_deadline, set_deadline

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_TERMINAL", "AsyncStream", "Stream"]

E = TypeVar("E")

DEFAULT_TERMINAL = "message_stop"

# Events decoded into models at a time (see `_Events.decoded`).
_DECODE_AT_ONCE = 32


def _request_id(response: httpx.Response) -> str | None:
    value: str | None = response.headers.get("request-id")
    return value


def _idle_limit(response: httpx.Response) -> float | None:
    """Seconds a stream may wait for its next event: the call's read timeout (pings count)."""
    try:
        timeouts = response.request.extensions.get("timeout") or {}
    except RuntimeError:  # a response built by hand
        return None
    read = timeouts.get("read")
    return float(read) if read is not None else None


def _failure(exc: BaseException, response: httpx.Response) -> Exception:
    """The typed error for anything that broke while reading the body."""
    if isinstance(exc, EventTooLargeError):
        return response_too_large(response, "An SSE event", exc.limit)
    if isinstance(exc, (ValueError, RecursionError)):  # a custom decoder's refusal
        return invalid_body(response, exc, body="")
    return connection_error(exc, request_of(response), response)


def read_first_event(
    response: httpx.Response, decoder: EventDecoder
) -> tuple[list[ServerSentEvent], Iterator[bytes]]:
    """Read the body until `decoder` completes an event: those events, and the rest of the body.

    The client does this before handing out a stream, so that a stream failing before its first
    event (a dropped connection, a read timeout) is retried like any request. The stream goes on
    with the same decoder, so no chunk is decoded twice.
    """
    chunks = response.iter_bytes()
    for chunk in chunks:
        events = decoder.feed(chunk)
        if events:
            return events, chunks
    return [], chunks


async def aread_first_event(
    response: httpx.Response, decoder: EventDecoder
) -> tuple[list[ServerSentEvent], AsyncIterator[bytes]]:
    """The async form of :func:`read_first_event`."""
    chunks = response.aiter_bytes()
    async for chunk in chunks:
        events = decoder.feed(chunk)
        if events:
            return events, chunks
    return [], chunks


class _Events(Generic[E]):
    """What the sync and async streams share: the typed events of each decoded chunk, the checks
    on the stream's end, and the errors.

    ``decode_batch`` returns a chunk's events as a list (one generator step per chunk, not per
    event); an error met inside a chunk is kept in ``error`` and raised by the caller after the
    events before it are yielded. When ``decode`` is a ``_decoders.UnionDecoder``, known events
    call its ``validators`` (event name -> the member model's compiled JSON validator) directly,
    without a Python frame per event, and what a member refuses goes to its ``fallback``.
    """

    __slots__ = (
        "complete",
        "decode",
        "decoder",
        "error",
        "fallback",
        "feed",
        "head",
        "idle",
        "keep_pings",
        "last",
        "response",
        "special",
        "terminal",
        "validators",
    )

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str, str], E],
        terminal: str | None,
        decoder: EventDecoder | None,
        head: list[ServerSentEvent] | None,
        keep_pings: bool,
    ) -> None:
        self.response = response
        self.decode = decode
        self.terminal = terminal
        self.decoder = decoder if decoder is not None else SSEDecoder()
        # Each event as (name, data): all the stream reads of it.
        self.feed: Callable[[bytes], list[tuple[str, str]]]
        if isinstance(self.decoder, SSEDecoder):
            self.feed = self.decoder.feed_pairs
        else:
            feed = self.decoder.feed
            self.feed = lambda chunk: [(sse.event, sse.data) for sse in feed(chunk)]
        self.head = [(sse.event, sse.data) for sse in head or ()]
        self.keep_pings = keep_pings
        self.special = frozenset(("ping", "error", terminal))  # names checked before decoding
        self.validators: dict[str, Callable[[str], E]] = {}
        if isinstance(decode, UnionDecoder):
            self.validators = decode.validators
            self.fallback: Callable[[str], E] = decode.fallback
        self.complete = False  # the terminal event has arrived
        self.error: Exception | None = None
        self.idle = _idle_limit(response)
        self.last: float | None = None  # when the last event arrived

    def deadline(self) -> float | None:
        """When the wait for the next chunk must end: the network may wait only until `idle`
        seconds after the last event (a server that drips bytes without finishing events cannot
        hold the stream forever)."""
        if self.idle is None:
            return None
        if self.last is None:
            self.last = time.monotonic()
        return self.last + self.idle

    def take(self, chunk: bytes) -> list[tuple[str, str]]:
        """The events a chunk of the body completes, as (name, data)."""
        pairs = self.feed(chunk)
        if pairs and self.idle is not None:
            self.last = time.monotonic()
        return pairs

    def decoded(self, pairs: list[tuple[str, str]]) -> Iterator[list[E]]:
        """The typed events of `pairs`, a few at a time: a chunk of 64 KiB holds hundreds of
        events, and holding all of them as models at once would make each of the garbage
        collector's passes (one per 700 allocations) walk them all."""
        for start in range(0, len(pairs), _DECODE_AT_ONCE):
            decoded = self.decode_batch(pairs[start : start + _DECODE_AT_ONCE])
            if decoded:
                yield decoded
            if self.error is not None:  # raised after the events before it
                raise self.error

    def decode_batch(self, batch: list[tuple[str, str]]) -> list[E]:
        out: list[E] = []
        append = out.append
        special = self.special
        validators = self.validators
        decode = self.decode
        for name, data in batch:
            if name in special:
                if name == "ping":
                    if not self.keep_pings:
                        continue  # a keep-alive, as the official stream skips it
                elif name == "error":
                    self.error = stream_error_event(data, self.response)
                    return out
                else:
                    self.complete = True
            validate = validators.get(name)
            try:
                append(validate(data) if validate is not None else decode(name, data))
            except (ValueError, RecursionError) as exc:  # pydantic's, or bad JSON
                if validate is None:
                    self.error = _chained(invalid_body(self.response, exc, body=data), exc)
                    return out
                try:  # the open union keeps what its member model refused
                    append(self.fallback(data))
                except (ValueError, RecursionError) as again:
                    self.error = _chained(invalid_body(self.response, again, body=data), again)
                    return out
        return out

    def ending(self) -> Iterator[list[E]]:
        """After the body's last chunk: the events of a body that ended without its final blank
        line, then the error of a stream that is not complete (both generators end with it)."""
        yield self._decode_tail()
        if self.error is not None:
            raise self.error

    def _decode_tail(self) -> list[E]:
        """The events `flush` dispatches at the end of the body.

        Completeness is judged by the terminal event: once it has arrived, a body that lacks the
        final blank line (or ends with a partial event) is complete; before it, the stream is cut.
        """
        out: list[E] = []
        clean = True
        tail = self.decoder.flush() if isinstance(self.decoder, SSEDecoder) else []
        for sse in tail:
            if sse.event == "ping" and not self.keep_pings:
                continue
            if sse.event == "error":
                self.error = stream_error_event(sse.data, self.response)
                return out
            try:
                out.append(self.decode(sse.event, sse.data))
            except (ValueError, RecursionError):
                clean = False  # a partial event: the body was cut inside it
                break
            self.complete = self.complete or sse.event == self.terminal
        clean = self.decoder.end() and clean
        if self.complete or (clean and self.terminal is None):
            return out
        if clean:
            message = f"The stream ended before {self.terminal}: the response is incomplete."
        else:
            message = "The stream ended in the middle of an event."
        response = self.response
        self.error = APIConnectionError(
            message=message, request=request_of(response), request_id=_request_id(response)
        )
        return out

    def after_body_error(self, exc: Exception) -> None:
        """Reading the body raised `exc`: raise the typed error, unless the message is complete
        and the connection broke after it (httpx's error, or a custom transport's)."""
        if isinstance(exc, AnthropicError):
            raise exc
        if not self.complete or isinstance(exc, EventTooLargeError):
            raise _failure(exc, self.response) from exc


def _chained(error: Exception, cause: BaseException) -> Exception:
    error.__cause__ = cause
    return error


# The generators behind a stream. They do not refer back to the stream, so dropping the stream
# frees them at once (and a started one closes the response as it is collected).


def _iter_batches(
    response: httpx.Response, events: _Events[E], chunks: Iterator[bytes] | None
) -> Generator[list[E], None, None]:
    """The typed events of each chunk of the body, as lists; `chunks` (the rest of the body, when
    the client has read its first event) defaults to the whole body."""
    if chunks is None:
        chunks = response.iter_bytes()
    try:
        try:
            pairs = events.head
            while True:
                yield from events.decoded(pairs)
                token = set_deadline(events.deadline())
                try:
                    chunk = next(chunks, None)
                finally:
                    reset_deadline(token)
                if chunk is None:
                    break
                pairs = events.take(chunk)
        except Exception as exc:
            events.after_body_error(exc)
            return  # the connection broke after the terminal event: the message was complete
        yield from events.ending()
    finally:
        response.close()


async def _aiter_batches(
    response: httpx.Response, events: _Events[E], chunks: AsyncIterator[bytes] | None
) -> AsyncGenerator[list[E], None]:
    """The async form of `_iter_batches`."""
    if chunks is None:
        chunks = response.aiter_bytes()
    try:
        try:
            pairs = events.head
            while True:
                for decoded in events.decoded(pairs):
                    yield decoded
                token = set_deadline(events.deadline())
                try:
                    chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    break
                finally:
                    reset_deadline(token)
                pairs = events.take(chunk)
        except Exception as exc:
            events.after_body_error(exc)
            return  # the connection broke after the terminal event: the message was complete
        for tail in events.ending():
            yield tail
    finally:
        await response.aclose()


def _flatten(batches: Iterator[list[E]]) -> Generator[E, None, None]:
    for batch in batches:
        yield from batch


async def _aflatten(batches: AsyncIterator[list[E]]) -> AsyncGenerator[E, None]:
    async for batch in batches:
        for event in batch:
            yield event


class _StreamBase(Generic[E]):
    """What both streams share: the constructor, the response and its request id, and the two
    generators: the event lists of each chunk (`_batches`, what `MessageStream` reads) and the
    events one by one over them (`_iterator`). A subclass names its own generator functions.

    ``terminal_event`` names the event after which the stream is complete (``None`` when the
    stream has none); a body that ends before it raises ``APIConnectionError``.
    """

    _read: Callable[[httpx.Response, _Events[E], Any], Any]
    _flatten: Callable[[Any], Any]
    _batches: Any
    _iterator: Any

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str, str], E],
        *,
        terminal_event: str | None = DEFAULT_TERMINAL,
        decoder: EventDecoder | None = None,
        head: list[ServerSentEvent] | None = None,
        chunks: Iterator[bytes] | AsyncIterator[bytes] | None = None,
        keep_pings: bool = False,
    ) -> None:
        self._response = response
        # `head` / `chunks`: the events `decoder` already decoded and the rest of the body, when
        # the client has started reading it (the first event).
        events = _Events(response, decode, terminal_event, decoder, head, keep_pings)
        self._set_batches(self._read(response, events, chunks))

    def _set_batches(self, batches: Any) -> None:
        self._batches = batches
        self._iterator = self._flatten(batches)

    def _wrap_batches(self, wrap: Callable[[Any], Any]) -> None:
        """Put `wrap` around the event lists before anything reads them (telemetry's hook)."""
        self._set_batches(wrap(self._batches))

    @property
    def response(self) -> httpx.Response:
        return self._response

    @property
    def request_id(self) -> str | None:
        return _request_id(self._response)

    def __repr__(self) -> str:
        closed = self._response.is_closed
        return f"<{type(self).__name__} request_id={self.request_id!r} closed={closed}>"


class Stream(Closing, _StreamBase[E]):
    """Iterator of typed events from a streaming response; also a context manager."""

    _read = staticmethod(_iter_batches)
    _flatten = staticmethod(_flatten)
    _batches: Generator[list[E], None, None]
    _iterator: Generator[E, None, None]

    def __iter__(self) -> Generator[E, None, None]:
        return self._iterator

    def __next__(self) -> E:
        return next(self._iterator)

    def close(self) -> None:
        """Stop the stream and close the response (idempotent)."""
        self._iterator.close()
        self._batches.close()
        self._response.close()


class AsyncStream(AsyncClosing, _StreamBase[E]):
    """Async iterator of typed events from a streaming response; also an async context manager."""

    _read = staticmethod(_aiter_batches)
    _flatten = staticmethod(_aflatten)
    _batches: AsyncGenerator[list[E], None]
    _iterator: AsyncGenerator[E, None]

    def __aiter__(self) -> AsyncGenerator[E, None]:
        return self._iterator

    async def __anext__(self) -> E:
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        """Stop the stream and close the response (idempotent)."""
        await self._iterator.aclose()
        await self._batches.aclose()
        await self._response.aclose()

    async def close(self) -> None:
        """Alias of ``aclose()``."""
        await self.aclose()
