"""The streaming chain's I/O: the caller's stream is a generator of frames that reads the first
answer, sends each fallback request when an answer declines, and reads that one next; the
response handed back carries it as its body. Closing that response closes whichever answer is
being read (and abandons the chain)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from ..._core._sse import SSEDecoder
from ..._core._sync_async import iterate
from ._params import log
from ._send import rewrapped, send_hop
from ._splice import Chain, HopFailure, HopReader, Splice

if TYPE_CHECKING:
    from ..._core._middleware import APIRequest
    from ..._core._sync_async import IO
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = ["is_event_stream", "spliced"]

Pin = Callable[[int], None]


def is_event_stream(response: httpx.Response) -> bool:
    """Whether the body is SSE (a platform's own framing, or a JSON body, is left alone)."""
    kind: str = response.headers.get("content-type", "")
    return kind.startswith("text/event-stream")


def _error_text(response: httpx.Response) -> str:
    """The (already read) error body of a failed fallback request, for the log."""
    try:
        return json.dumps(json.loads(response.content), separators=(",", ":"))
    except (ValueError, httpx.ResponseNotRead):
        return "null"


def _first_reader() -> HopReader:
    return HopReader(base=0, has_next=True, splice=None, wire_open=False, first_id=None, seams=[])


def _next_reader(chain: Chain, model: str, has_next: bool) -> HopReader:
    seams = chain.reached(model)
    return HopReader(
        base=chain.next_index,
        has_next=has_next,
        splice=Splice(iterations=chain.iterations, model=model),
        wire_open=chain.wire_open,
        first_id=chain.first_id,
        seams=seams,
    )


async def _read(response: httpx.Response, reader: HopReader, io: IO) -> AsyncGenerator[bytes, None]:
    """The frames the caller gets of one answer; its outcome is then `reader.finish()[1]`."""
    decoder = SSEDecoder()
    chunks = io.chunks(response)
    while (chunk := await io.next(chunks)) is not None:
        for sse in decoder.feed(chunk):
            for frame in reader.feed(sse):
                yield frame
            if reader.outcome is not None:
                return
    for frame in reader.finish()[0]:
        yield frame


def _failed_retry(model: str, status: int, response: httpx.Response, prefill: bool) -> bool:
    """Log a fallback request's error answer; True when it should be sent again without the
    prefill (a 400 to the form with one: the API did not take the appended turn)."""
    if prefill and status == 400:
        log.warning(
            "fallback to %s: the request with the declined output appended got HTTP 400 (%s); "
            "asking again without it",
            model,
            _error_text(response),
        )
        return True
    log.error("fallback to %s failed: HTTP %s: %s", model, status, _error_text(response))
    return False


async def _frames(
    request: APIRequest,
    params: dict[str, Any],
    first_model: str,
    first: httpx.Response,
    fallbacks: tuple[FallbackConfigParam, ...],
    first_hop: int,
    call_next: Any,
    pin: Pin,
    io: IO,
) -> AsyncGenerator[bytes, None]:
    """The spliced stream, written once for both clients (`_sync_async`)."""
    reading: httpx.Response | None = first
    try:
        reader = _first_reader()
        async with contextlib.aclosing(_read(first, reader, io)) as frames:
            async for frame in frames:
                yield frame
        outcome = reader.finish()[1]
        if outcome.refusal is None:
            return
        await io.close(first)
        reading = None
        chain = Chain.begin(params, first_model, outcome)
        for hop in range(first_hop, len(fallbacks)):
            entry = fallbacks[hop]
            model = str(entry["model"])
            has_next = hop + 1 < len(fallbacks)
            pin(hop)
            continuation = chain.continuation()
            answer: httpx.Response | None = None
            failure: HopFailure | None = None
            tries = 2  # the second only without the prefill, after a 400 to it
            while answer is None and failure is None:
                tries -= 1
                try:
                    response, entry = await send_hop(
                        request.copy(body=chain.body(entry, continuation)), entry, call_next, io
                    )
                except Exception as error:  # a fallback that cannot be reached is skipped
                    log.error("fallback to %s failed: %s", model, error)
                    failure = HopFailure(model, None)
                    break
                if response.http_response.is_success:
                    answer = reading = response.http_response
                    break
                await io(response.close())
                if _failed_retry(
                    model,
                    response.status_code,
                    response.http_response,
                    bool(continuation) and tries > 0,
                ):
                    continuation = chain.base
                else:
                    failure = HopFailure(model, response.status_code)
            if failure is not None or answer is None:
                if has_next:
                    continue  # the token was not spent: the next entry gets it
                for frame in chain.give_up(failure or HopFailure(model, None)):
                    yield frame
                return
            reader = _next_reader(chain, model, has_next)
            async with contextlib.aclosing(_read(answer, reader, io)) as frames:
                async for frame in frames:
                    yield frame
            outcome = reader.finish()[1]
            if outcome.opened:
                chain.shown()
            if outcome.refusal is None:
                return
            await io.close(answer)
            reading = None
            chain.declined(outcome, model, continuation)
    finally:
        if reading is not None:
            await io.close(reading)


class _Frames(httpx.SyncByteStream):
    def __init__(self, frames: Generator[bytes, None, None]) -> None:
        self._frames = frames

    def __iter__(self) -> Iterator[bytes]:
        return self._frames

    def close(self) -> None:
        self._frames.close()


class _AsyncFrames(httpx.AsyncByteStream):
    def __init__(self, frames: AsyncGenerator[bytes, None]) -> None:
        self._frames = frames

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._frames

    async def aclose(self) -> None:
        await self._frames.aclose()


def _carrying(
    original: httpx.Response, body: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    """A response like `original` whose body is `body` (decoded already: no content-encoding)."""
    headers = httpx.Headers(original.headers)
    for name in ("content-encoding", "content-length"):
        headers.pop(name, None)
    return httpx.Response(
        original.status_code, headers=headers, stream=body, request=original.request
    )


def spliced(
    request: APIRequest,
    params: dict[str, Any],
    first_model: str,
    response: Any,
    fallbacks: tuple[FallbackConfigParam, ...],
    first_hop: int,
    call_next: Any,
    pin: Pin,
    io: IO,
) -> Any:
    """The response whose body is the spliced stream (`first_hop` < `len(fallbacks)`): an
    `APIResponse`, or an `AsyncAPIResponse` with the async `call_next` and `io`."""
    frames = _frames(
        request,
        params,
        first_model,
        response.http_response,
        fallbacks,
        first_hop,
        call_next,
        pin,
        io,
    )
    body = _AsyncFrames(frames) if io.asynchronous else _Frames(iterate(frames))
    return rewrapped(_carrying(response.http_response, body), response, io)
