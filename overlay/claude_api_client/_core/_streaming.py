"""Streams that read a response body chunk by chunk: `Stream` / `AsyncStream` (typed server-sent
events) and, through the same drivers, `_jsonl`'s JSON Lines streams.

A stream is a reader (`_Reader`: no I/O; what each chunk of the body becomes, how long the next
read may wait, what breaks) stepped by one of two drivers, `_iter_batches` / `_aiter_batches`,
which only read and close. What an event stream guarantees (every event decoded, pings skipped,
`event: error` raised typed, never ending silently short, closed at the end, on an error, on
`close()` and when collected): docs/internals.md, "Streams".
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._closing import AsyncClosing, Closing
from ._decoders import UnionDecoder
from ._errors import connection_error, invalid_body, response_too_large, stream_error_event
from ._exceptions import AnthropicError, APIConnectionError, request_of
from ._sse import EventDecoder, EventTooLargeError, SSEDecoder
from ._transport import reset_deadline, set_deadline

if TYPE_CHECKING:
    import httpx


E = TypeVar("E")

DEFAULT_TERMINAL = "message_stop"

# Events decoded into models at a time (see `_Events.decoded`).
_DECODE_AT_ONCE = 32


class _Reader(Generic[E]):
    """The half of a stream that does no I/O: the lists of items each chunk of the body gives,
    how long the next read may wait, and the typed error for what broke."""

    __slots__ = ("complete", "response")

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.complete = False  # the terminal item arrived: a connection lost after it is no error

    def opening(self, chunk: bytes) -> Iterator[list[E]] | None:
        """A chunk read before the stream is handed out: None while no item is complete, else
        the item lists it completed (decoded only as the stream reads them)."""
        raise NotImplementedError

    def deadline(self) -> float | None:
        """When the wait for the next chunk must end (None: the read timeout alone)."""
        return None

    def batches(self, chunk: bytes) -> Iterator[list[E]]:
        """The items a chunk of the body completes, a list at a time."""
        raise NotImplementedError

    def ending(self) -> Iterator[list[E]]:
        """The items of the body's tail, once it has ended; raises when it is incomplete."""
        raise NotImplementedError

    def failed(self, exc: Exception) -> None:
        """Reading the body raised `exc`: raise the typed error, unless the body is complete and
        the connection broke after it (httpx's error, or a custom transport's)."""
        if isinstance(exc, AnthropicError):
            raise exc
        if isinstance(exc, EventTooLargeError):
            raise response_too_large(self.response, exc.what, exc.limit) from exc
        if self.complete:
            return
        if isinstance(exc, (ValueError, RecursionError)):  # a custom decoder's refusal
            raise invalid_body(self.response, exc, body="") from exc
        raise connection_error(exc, request_of(self.response), self.response) from exc


def _idle_limit(response: httpx.Response) -> float | None:
    """Seconds a stream may wait for its next event: the call's read timeout (pings count)."""
    try:
        timeouts = response.request.extensions.get("timeout") or {}
    except RuntimeError:  # a response built by hand
        return None
    read = timeouts.get("read")
    return float(read) if read is not None else None


class _Events(_Reader[E]):
    """The reader of an event stream: each chunk's events decoded, a few at a time.

    An error met inside a chunk is kept in ``error`` and raised after the events before it.
    When ``decode`` is a ``_decoders.UnionDecoder``, known events call its ``validators`` (event
    name -> the member model's compiled JSON validator) directly, without a Python frame per
    event, and what a member refuses goes to its ``fallback``.
    """

    __slots__ = (
        "decode",
        "decoder",
        "error",
        "fallback",
        "feed",
        "idle",
        "keep_pings",
        "last",
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
        keep_pings: bool,
    ) -> None:
        super().__init__(response)
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
        self.keep_pings = keep_pings
        self.special = frozenset(("ping", "error", terminal))  # names checked before decoding
        self.validators: dict[str, Callable[[str], E]] = {}
        if isinstance(decode, UnionDecoder):
            self.validators = decode.validators
            self.fallback: Callable[[str], E] = decode.fallback
        self.error: Exception | None = None
        self.idle = _idle_limit(response)
        self.last: float | None = None  # when the last event arrived

    def opening(self, chunk: bytes) -> Iterator[list[E]] | None:
        pairs = self.feed(chunk)
        return self.decoded(pairs) if pairs else None

    def deadline(self) -> float | None:
        """The network may wait only until `idle` seconds after the last event (a server that
        drips bytes without finishing events cannot hold the stream forever)."""
        if self.idle is None:
            return None
        if self.last is None:
            self.last = time.monotonic()
        return self.last + self.idle

    def batches(self, chunk: bytes) -> Iterator[list[E]]:
        pairs = self.feed(chunk)
        if pairs and self.idle is not None:
            self.last = time.monotonic()
        return self.decoded(pairs)

    def decoded(self, pairs: list[tuple[str, str]]) -> Iterator[list[E]]:
        """The typed events of `pairs`, a few at a time: a chunk of 64 KiB holds hundreds of
        events, and holding all of them as models at once would make each of the garbage
        collector's passes (one per 700 allocations) walk them all."""
        special = self.special
        validators = self.validators
        decode = self.decode
        for start in range(0, len(pairs), _DECODE_AT_ONCE):
            out: list[E] = []
            append = out.append
            for name, data in pairs[start : start + _DECODE_AT_ONCE]:
                if name in special:
                    if name == "ping":
                        if not self.keep_pings:
                            continue  # a keep-alive, as the official stream skips it
                    elif name == "error":
                        self.error = stream_error_event(data, self.response)
                        break
                    else:
                        self.complete = True
                validate = validators.get(name)
                try:
                    append(validate(data) if validate is not None else decode(name, data))
                except (ValueError, RecursionError) as exc:  # pydantic's, or bad JSON
                    if validate is None:
                        self.error = _refused(self.response, exc, data)
                        break
                    try:  # the open union keeps what its member model refused
                        append(self.fallback(data))
                    except (ValueError, RecursionError) as again:
                        self.error = _refused(self.response, again, data)
                        break
            if out:
                yield out
            if self.error is not None:  # raised after the events before it
                raise self.error

    def ending(self) -> Iterator[list[E]]:
        """The events `flush` dispatches at the end of the body (one that lacks the final blank
        line), then the error of a stream that is not complete.

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
                yield out
                raise stream_error_event(sse.data, self.response)
            try:
                out.append(self.decode(sse.event, sse.data))
            except (ValueError, RecursionError):
                clean = False  # a partial event: the body was cut inside it
                break
            self.complete = self.complete or sse.event == self.terminal
        yield out
        clean = self.decoder.end() and clean
        if self.complete or (clean and self.terminal is None):
            return
        if clean:
            message = f"The stream ended before {self.terminal}: the response is incomplete."
        else:
            message = "The stream ended in the middle of an event."
        raise APIConnectionError(
            message=message,
            request=request_of(self.response),
            request_id=self.response.headers.get("request-id"),
        )


def _refused(response: httpx.Response, exc: BaseException, data: str) -> Exception:
    """An event's JSON that no model takes: the typed error, its cause kept."""
    error = invalid_body(response, exc, body=data)
    error.__cause__ = exc
    return error


# The drivers. They do not refer back to the stream, so dropping the stream frees them at once
# (and a started one closes the response as it is collected).


def _iter_batches(reader: _Reader[E], opening: bool) -> Generator[list[E], None, None]:
    """The lists of items `reader` makes of each chunk of the body. `opening`: the first step
    (an empty list) reads until the first events, under the caller's deadline, and raises what
    the read raised as it is (the client types and retries it: `BaseClient._first_events`)."""
    response = reader.response
    chunks = response.iter_bytes()
    head = None
    try:
        if opening:
            for first in chunks:
                head = reader.opening(first)
                if head is not None:
                    break
            yield []
        try:
            yield from head or ()
            while True:
                token = set_deadline(reader.deadline())
                try:
                    chunk = next(chunks, None)
                finally:
                    reset_deadline(token)
                if chunk is None:
                    break
                yield from reader.batches(chunk)
        except Exception as exc:
            reader.failed(exc)
            return  # the connection broke after the terminal event: the body was complete
        yield from reader.ending()
    finally:
        response.close()


async def _aiter_batches(reader: _Reader[E], opening: bool) -> AsyncGenerator[list[E], None]:
    """The async form of `_iter_batches`."""
    response = reader.response
    chunks = response.aiter_bytes()
    head = None
    try:
        if opening:
            async for first in chunks:
                head = reader.opening(first)
                if head is not None:
                    break
            yield []
        try:
            for batch in head or ():
                yield batch
            while True:
                token = set_deadline(reader.deadline())
                try:
                    chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    break
                finally:
                    reset_deadline(token)
                for batch in reader.batches(chunk):
                    yield batch
        except Exception as exc:
            reader.failed(exc)
            return  # the connection broke after the terminal event: the body was complete
        for batch in reader.ending():
            yield batch
    finally:
        await response.aclose()


def _flatten(batches: Iterator[list[E]]) -> Generator[E, None, None]:
    for batch in batches:
        yield from batch


async def _aflatten(batches: AsyncIterator[list[E]]) -> AsyncGenerator[E, None]:
    async for batch in batches:
        for event in batch:
            yield event


class _BodyStream(Generic[E]):
    """What every stream shares: the response and its request id, and the two generators: the
    item lists of each chunk (`_batches`, what `MessageStream` reads) and the items one by one
    over them (`_iterator`). `_SyncStream` / `_AsyncStream` name the drivers."""

    _read: Callable[[_Reader[E], bool], Any]
    _flatten: Callable[[Any], Any]
    _batches: Any
    _iterator: Any

    def _start(self, reader: _Reader[E]) -> None:
        self._response = reader.response
        self._reader = reader
        self._set_batches(self._read(reader, False))

    def _opening(self) -> Any:
        """The item lists, to be stepped once (`BaseClient._first_events`) before the stream is
        handed out: that step reads the body until its first events."""
        self._set_batches(self._read(self._reader, True))
        return self._batches

    def _set_batches(self, batches: Any) -> None:
        self._batches = batches
        self._iterator = self._flatten(batches)

    def _wrap_batches(self, wrap: Callable[[Any], Any]) -> None:
        """Put `wrap` around the item lists before anything reads them (telemetry's hook)."""
        self._set_batches(wrap(self._batches))

    @property
    def response(self) -> httpx.Response:
        return self._response

    @property
    def request_id(self) -> str | None:
        value: str | None = self._response.headers.get("request-id")
        return value

    def __repr__(self) -> str:
        closed = self._response.is_closed
        return f"<{type(self).__name__} request_id={self.request_id!r} closed={closed}>"


class _SyncStream(Closing, _BodyStream[E]):
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


class _AsyncStream(AsyncClosing, _BodyStream[E]):
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


class _EventStream(_BodyStream[E]):
    """The constructor of both event streams.

    ``terminal_event`` names the event after which the stream is complete (``None`` when the
    stream has none); a body that ends before it raises ``APIConnectionError``.
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str, str], E],
        *,
        terminal_event: str | None = DEFAULT_TERMINAL,
        decoder: EventDecoder | None = None,
        keep_pings: bool = False,
    ) -> None:
        self._start(_Events(response, decode, terminal_event, decoder, keep_pings))


class Stream(_EventStream[E], _SyncStream[E]):
    """Iterator of typed events from a streaming response; also a context manager."""


class AsyncStream(_EventStream[E], _AsyncStream[E]):
    """Async iterator of typed events from a streaming response; also an async context manager."""
