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
from typing import TYPE_CHECKING, Generic, TypeVar

from ._closing import AsyncClosing, Closing
from ._exceptions import AnthropicError
from ._sse import EventDecoder, EventTooLargeError, ServerSentEvent, SSEDecoder
from ._transport import reset_deadline, set_deadline

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_TERMINAL", "AsyncStream", "Stream"]

E = TypeVar("E")

DEFAULT_TERMINAL = "message_stop"


def _short_stream_error(
    clean: bool, complete: bool, terminal: str | None, response: httpx.Response
) -> Exception | None:
    """The error for a body that has just ended, or None when it ended properly.

    Completeness is judged by the terminal event: once it has arrived, a body that lacks the
    final blank line (or ends with a partial event) is complete; before it, the stream is cut.
    """
    if complete:
        return None
    from ._errors import request_of
    from ._exceptions import APIConnectionError

    error: Exception | None = None
    if not clean:
        error = APIConnectionError(
            message="The stream ended in the middle of an event.",
            request=request_of(response),
            request_id=_request_id(response),
        )
    elif terminal is not None:
        error = APIConnectionError(
            message=f"The stream ended before {terminal}: the response is incomplete.",
            request=request_of(response),
            request_id=_request_id(response),
        )
    return error


def _request_id(response: httpx.Response) -> str | None:
    value: str | None = response.headers.get("request-id")
    return value


def _tail(decoder: EventDecoder) -> list[ServerSentEvent]:
    """What an SSE body that ended without its final blank line still holds."""
    return decoder.flush() if isinstance(decoder, SSEDecoder) else []


def _idle_limit(response: httpx.Response) -> float | None:
    """Seconds a stream may wait for its next event: the call's read timeout (pings count)."""
    try:
        timeouts = response.request.extensions.get("timeout") or {}
    except RuntimeError:  # a response built by hand
        return None
    read = timeouts.get("read")
    return float(read) if read is not None else None


def _failure(exc: BaseException, response: httpx.Response, data: str = "") -> Exception:
    """The typed error for anything that broke while reading or decoding the body."""
    from ._errors import connection_error, invalid_body, request_of, response_too_large

    if isinstance(exc, EventTooLargeError):
        return response_too_large(response, "An SSE event", exc.limit)
    if isinstance(exc, (ValueError, RecursionError)):  # pydantic's ValidationError, bad JSON
        return invalid_body(response, exc, body=data)
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


def _batches(
    head: list[ServerSentEvent],
    chunks: Iterator[bytes],
    feed: Callable[[bytes], list[ServerSentEvent]],
    idle: float | None,
) -> Iterator[list[ServerSentEvent]]:
    """The events of the body, one list per chunk (one generator step per chunk, not per event).

    While waiting for a chunk, the network may wait only until `idle` seconds after the last
    event (a server that drips bytes without finishing events cannot hold the stream forever).
    """
    if head:
        yield head
    last = time.monotonic()
    while True:
        token = set_deadline(None if idle is None else last + idle)
        try:
            chunk = next(chunks, None)
        finally:
            reset_deadline(token)
        if chunk is None:
            return
        events = feed(chunk)
        if events:
            last = time.monotonic()
        yield events


async def _abatches(
    head: list[ServerSentEvent],
    chunks: AsyncIterator[bytes],
    feed: Callable[[bytes], list[ServerSentEvent]],
    idle: float | None,
) -> AsyncIterator[list[ServerSentEvent]]:
    if head:
        yield head
    last = time.monotonic()
    while True:
        token = set_deadline(None if idle is None else last + idle)
        try:
            chunk = await chunks.__anext__()
        except StopAsyncIteration:
            return
        finally:
            reset_deadline(token)
        events = feed(chunk)
        if events:
            last = time.monotonic()
        yield events


class Stream(Closing, Generic[E]):
    """Iterator of typed events from a streaming response; also a context manager.

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
        head: list[ServerSentEvent] | None = None,
        chunks: Iterator[bytes] | None = None,
        keep_pings: bool = False,
    ) -> None:
        self._response = response
        # The generator does not refer back to self, so dropping the stream frees both at once.
        # `head` / `chunks`: the events `decoder` already decoded and the rest of the body, when
        # the client has started reading it (the first event).
        self._iterator = _iter_events(
            response,
            decode,
            terminal_event,
            decoder if decoder is not None else SSEDecoder(),
            head or [],
            chunks if chunks is not None else response.iter_bytes(),
            keep_pings,
        )

    @property
    def response(self) -> httpx.Response:
        return self._response

    @property
    def request_id(self) -> str | None:
        return _request_id(self._response)

    def __iter__(self) -> Generator[E, None, None]:
        return self._iterator

    def __next__(self) -> E:
        return next(self._iterator)

    def close(self) -> None:
        """Stop the stream and close the response (idempotent)."""
        self._iterator.close()
        self._response.close()

    def __repr__(self) -> str:
        return f"<Stream request_id={self.request_id!r} closed={self._response.is_closed}>"


def _iter_events(
    response: httpx.Response,
    decode: Callable[[str, str], E],
    terminal: str | None,
    decoder: EventDecoder,
    head: list[ServerSentEvent],
    chunks: Iterator[bytes],
    keep_pings: bool,
) -> Generator[E, None, None]:

    from ._errors import stream_error_event

    complete = False  # the terminal event has arrived
    try:
        try:
            for batch in _batches(head, chunks, decoder.feed, _idle_limit(response)):
                for sse in batch:
                    name = sse.event
                    if name == "ping" and not keep_pings:
                        continue  # a keep-alive, as the official stream skips it
                    if name == "error":
                        raise stream_error_event(sse.data, response)
                    if name == terminal:
                        complete = True
                    try:
                        event = decode(name, sse.data)
                    except (ValueError, RecursionError) as exc:  # pydantic's, or bad JSON
                        raise _failure(exc, response, sse.data) from exc
                    yield event
        except AnthropicError:
            raise
        except EventTooLargeError as exc:
            raise _failure(exc, response) from exc
        except Exception as exc:  # the connection broke (httpx's, or a custom transport's)
            if complete:
                return  # the message was already complete
            raise _failure(exc, response) from exc
        clean = True
        for sse in _tail(decoder):
            if sse.event == "ping" and not keep_pings:
                continue
            if sse.event == "error":
                raise stream_error_event(sse.data, response)
            try:
                event = decode(sse.event, sse.data)
            except (ValueError, RecursionError):
                clean = False  # a partial event: the body was cut inside it
                break
            complete = complete or sse.event == terminal
            yield event
        error = _short_stream_error(decoder.end() and clean, complete, terminal, response)
        if error is not None:
            raise error
    finally:
        response.close()


class AsyncStream(AsyncClosing, Generic[E]):
    """Async iterator of typed events from a streaming response; also an async context manager."""

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str, str], E],
        *,
        terminal_event: str | None = DEFAULT_TERMINAL,
        decoder: EventDecoder | None = None,
        head: list[ServerSentEvent] | None = None,
        chunks: AsyncIterator[bytes] | None = None,
        keep_pings: bool = False,
    ) -> None:
        self._response = response
        self._iterator = _aiter_events(
            response,
            decode,
            terminal_event,
            decoder if decoder is not None else SSEDecoder(),
            head or [],
            chunks if chunks is not None else response.aiter_bytes(),
            keep_pings,
        )

    @property
    def response(self) -> httpx.Response:
        return self._response

    @property
    def request_id(self) -> str | None:
        return _request_id(self._response)

    def __aiter__(self) -> AsyncGenerator[E, None]:
        return self._iterator

    async def __anext__(self) -> E:
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        """Stop the stream and close the response (idempotent)."""
        await self._iterator.aclose()
        await self._response.aclose()

    async def close(self) -> None:
        """Alias of ``aclose()``."""
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncStream request_id={self.request_id!r} closed={self._response.is_closed}>"


async def _aiter_events(
    response: httpx.Response,
    decode: Callable[[str, str], E],
    terminal: str | None,
    decoder: EventDecoder,
    head: list[ServerSentEvent],
    chunks: AsyncIterator[bytes],
    keep_pings: bool,
) -> AsyncGenerator[E, None]:

    from ._errors import stream_error_event

    complete = False  # the terminal event has arrived
    try:
        try:
            async for batch in _abatches(head, chunks, decoder.feed, _idle_limit(response)):
                for sse in batch:
                    name = sse.event
                    if name == "ping" and not keep_pings:
                        continue  # a keep-alive, as the official stream skips it
                    if name == "error":
                        raise stream_error_event(sse.data, response)
                    if name == terminal:
                        complete = True
                    try:
                        event = decode(name, sse.data)
                    except (ValueError, RecursionError) as exc:  # pydantic's, or bad JSON
                        raise _failure(exc, response, sse.data) from exc
                    yield event
        except AnthropicError:
            raise
        except EventTooLargeError as exc:
            raise _failure(exc, response) from exc
        except Exception as exc:  # the connection broke (httpx's, or a custom transport's)
            if complete:
                return  # the message was already complete
            raise _failure(exc, response) from exc
        clean = True
        for sse in _tail(decoder):
            if sse.event == "ping" and not keep_pings:
                continue
            if sse.event == "error":
                raise stream_error_event(sse.data, response)
            try:
                event = decode(sse.event, sse.data)
            except (ValueError, RecursionError):
                clean = False  # a partial event: the body was cut inside it
                break
            complete = complete or sse.event == terminal
            yield event
        error = _short_stream_error(decoder.end() and clean, complete, terminal, response)
        if error is not None:
            raise error
    finally:
        await response.aclose()
