"""Typed event streams over an SSE response body.

``Stream`` / ``AsyncStream`` own an unread ``text/event-stream`` response (already checked for an
HTTP error status by the caller) and turn it into typed events with the ``decode`` callable the
generated resource passes in: ``decode(event_name, data) -> event``.

What a stream guarantees:

- Every event reaches ``decode``, ``ping`` and unknown event types included (the message-stream
  helper passes them on too); only ``event: error`` is diverted, and raises the typed API
  error its error type maps to.
- It never ends silently short: a body that stops mid-event, or before the terminal event
  (``message_stop`` for Messages), raises ``APIConnectionError``; an httpx transport error while
  reading raises ``APIConnectionError`` / ``APITimeoutError`` chained to the original.
  Once the terminal event has arrived the message is complete, so a connection dropped after it
  is not an error.
- The response is closed when the events are exhausted, on an error, on ``close()`` / leaving the
  ``with`` block (also after an early ``break``), and when a started iterator is garbage-collected.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Generic, NoReturn, TypeVar

from ._closing import AsyncClosing, Closing
from ._sse import EventDecoder, ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncStream", "Stream"]

E = TypeVar("E")

_DEFAULT_TERMINAL = "message_stop"


def _raise_error_event(data: str, response: httpx.Response) -> NoReturn:
    from ._exceptions import error_for_stream_event

    try:
        body: object = json.loads(data)
    except ValueError:
        body = data  # not JSON: keep the raw text rather than losing the error
    raise error_for_stream_event(body, response)


def _connection_error(exc: Exception, response: httpx.Response) -> Exception:
    import httpx

    from ._exceptions import APIConnectionError, APITimeoutError

    error: Exception
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(_request_of(response), request_id=_request_id(response))
    else:
        error = APIConnectionError(
            message=f"Connection lost while streaming: {exc}",
            request=_request_of(response),
            request_id=_request_id(response),
        )
    return error


def _invalid_event(error: Exception, data: str, response: httpx.Response) -> Exception:
    from ._exceptions import APIResponseValidationError

    return APIResponseValidationError(response, data, error=error)


def _short_stream_error(
    clean: bool, complete: bool, terminal: str | None, response: httpx.Response
) -> Exception | None:
    """The error for a body that has just ended, or None when it ended properly."""
    if complete:
        return None
    from ._exceptions import APIConnectionError

    error: Exception | None = None
    if not clean:
        error = APIConnectionError(
            message="The stream ended in the middle of an event.",
            request=_request_of(response),
            request_id=_request_id(response),
        )
    elif terminal is not None:
        error = APIConnectionError(
            message=f"The stream ended before {terminal}: the response is incomplete.",
            request=_request_of(response),
            request_id=_request_id(response),
        )
    return error


def _request_of(response: httpx.Response) -> httpx.Request:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, without a request
        import httpx

        return httpx.Request("GET", "http://unknown.invalid/")


def _request_id(response: httpx.Response) -> str | None:
    value: str | None = response.headers.get("request-id")
    return value


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
) -> Iterator[list[ServerSentEvent]]:
    """The events of the body, one list per chunk (one generator step per chunk, not per event)."""
    if head:
        yield head
    for chunk in chunks:
        yield feed(chunk)


async def _abatches(
    head: list[ServerSentEvent],
    chunks: AsyncIterator[bytes],
    feed: Callable[[bytes], list[ServerSentEvent]],
) -> AsyncIterator[list[ServerSentEvent]]:
    if head:
        yield head
    async for chunk in chunks:
        yield feed(chunk)


def connection_error(exc: Exception, response: httpx.Response) -> Exception:
    """The typed error for a transport failure while reading `response`."""
    return _connection_error(exc, response)


class Stream(Closing, Generic[E]):
    """Iterator of typed events from a streaming response; also a context manager.

    ``terminal_event`` names the event after which the stream is complete (``None`` when the
    stream has none); a body that ends before it raises ``APIConnectionError``.
    """

    __slots__ = ("_iterator", "_response")

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str, str], E],
        *,
        terminal_event: str | None = _DEFAULT_TERMINAL,
        decoder: EventDecoder | None = None,
        head: list[ServerSentEvent] | None = None,
        chunks: Iterator[bytes] | None = None,
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
) -> Generator[E, None, None]:
    import httpx

    complete = False  # the terminal event has arrived
    try:
        try:
            for batch in _batches(head, chunks, decoder.feed):
                for sse in batch:
                    name = sse.event
                    if name == "error":
                        _raise_error_event(sse.data, response)
                    if name == terminal:
                        complete = True
                    try:
                        event = decode(name, sse.data)
                    except ValueError as exc:  # pydantic's ValidationError, or bad JSON
                        raise _invalid_event(exc, sse.data, response) from exc
                    yield event
        except httpx.RequestError as exc:
            if complete:
                return  # the message was already complete
            raise _connection_error(exc, response) from exc
        error = _short_stream_error(decoder.end(), complete, terminal, response)
        if error is not None:
            raise error
    finally:
        response.close()


class AsyncStream(AsyncClosing, Generic[E]):
    """Async iterator of typed events from a streaming response; also an async context manager."""

    __slots__ = ("_iterator", "_response")

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str, str], E],
        *,
        terminal_event: str | None = _DEFAULT_TERMINAL,
        decoder: EventDecoder | None = None,
        head: list[ServerSentEvent] | None = None,
        chunks: AsyncIterator[bytes] | None = None,
    ) -> None:
        self._response = response
        self._iterator = _aiter_events(
            response,
            decode,
            terminal_event,
            decoder if decoder is not None else SSEDecoder(),
            head or [],
            chunks if chunks is not None else response.aiter_bytes(),
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
) -> AsyncGenerator[E, None]:
    import httpx

    complete = False  # the terminal event has arrived
    try:
        try:
            async for batch in _abatches(head, chunks, decoder.feed):
                for sse in batch:
                    name = sse.event
                    if name == "error":
                        _raise_error_event(sse.data, response)
                    if name == terminal:
                        complete = True
                    try:
                        event = decode(name, sse.data)
                    except ValueError as exc:  # pydantic's ValidationError, or bad JSON
                        raise _invalid_event(exc, sse.data, response) from exc
                    yield event
        except httpx.RequestError as exc:
            if complete:
                return
            raise _connection_error(exc, response) from exc
        error = _short_stream_error(decoder.end(), complete, terminal, response)
        if error is not None:
            raise error
    finally:
        await response.aclose()
