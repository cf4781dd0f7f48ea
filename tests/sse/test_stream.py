"""Stream / AsyncStream over real httpx responses (mock transports and a local socket server)."""

from __future__ import annotations

import asyncio
import gc
import gzip
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from _support.wire import Chunks
from claude_api_client import OverloadedError
from claude_api_client._core._exceptions import APIConnectionError, APIStatusError, APITimeoutError
from claude_api_client._core._sse import SSEDecoder
from claude_api_client._core._streaming import AsyncStream, Stream

from ._servers import Script, chunk_frame, head, serve_once
from ._support import messages_stream, recorded_streams, split_at, sse

URL = "https://api.anthropic.com/v1/messages"
BODY = messages_stream(30)
Decoded = tuple[str, Any]


def decode(name: str, data: str) -> Decoded:
    return name, json.loads(data)


def expected_events(body: bytes) -> list[Decoded]:
    decoder = SSEDecoder()
    return [decode(e.event, e.data) for e in decoder.feed(body)]


# --- transports -------------------------------------------------------------------------------


def handler_for(
    body: Chunks, headers: dict[str, str] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={
                "content-type": "text/event-stream",
                "request-id": "req_123",
                **(headers or {}),
            },
            stream=body,
        )

    return handler


def _served(
    pieces: list[bytes],
    *,
    fail: Exception | None = None,
    headers: dict[str, str] | None = None,
    terminal_event: str | None = "message_stop",
) -> tuple[Chunks, httpx.MockTransport, dict[str, Any]]:
    """The body served in `pieces`, a transport serving it, and the stream's options."""
    body = Chunks(pieces, fail)
    transport = httpx.MockTransport(handler_for(body, headers))
    return body, transport, {"terminal_event": terminal_event, "keep_pings": True}


def open_stream(pieces: list[bytes], **options: Any) -> tuple[Stream[Decoded], Chunks]:
    body, transport, stream_options = _served(pieces, **options)
    client = httpx.Client(transport=transport)
    response = client.send(client.build_request("POST", URL), stream=True)
    return Stream(response, decode, **stream_options), body


async def aopen_stream(pieces: list[bytes], **options: Any) -> tuple[AsyncStream[Decoded], Chunks]:
    body, transport, stream_options = _served(pieces, **options)
    client = httpx.AsyncClient(transport=transport)
    response = await client.send(client.build_request("POST", URL), stream=True)
    return AsyncStream(response, decode, **stream_options), body


def pieces_of(body: bytes, size: int = 37) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


async def collect(stream: AsyncStream[Decoded]) -> list[Decoded]:
    return [event async for event in stream]


# --- happy path -------------------------------------------------------------------------------


def test_yields_every_event_including_ping_and_unknown() -> None:
    body = BODY.replace(
        b"event: content_block_stop",
        b'event: brand_new_event\ndata: {"type":"brand_new_event","x":[1,2]}\n\nevent: content_block_stop',
    )
    stream, _ = open_stream(pieces_of(body))
    events = list(stream)
    assert events == expected_events(body)
    names = [name for name, _ in events]
    assert names.count("ping") == 2
    assert ("brand_new_event", {"type": "brand_new_event", "x": [1, 2]}) in events
    assert names[-1] == "message_stop"
    assert stream.response.is_closed  # exhausted: closed


def test_a_body_its_member_refuses_is_kept_by_the_open_union() -> None:
    # The second content_block_delta goes to the member's compiled validator (built at the
    # first), which refuses it; the decoder's fallback, the open union, keeps it.
    from claude_api_client._core._decoders import UnionDecoder
    from claude_api_client.resources._ops_messages import _members_of_raw_message_stream_event

    good = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "x"}}
    odd = {"type": "telepathy", "level": 3}
    body = sse("content_block_delta", good) + sse("content_block_delta", odd)
    decode = UnionDecoder(_members_of_raw_message_stream_event)
    response = httpx.Response(200, stream=Chunks([body]))
    events = list(Stream(response, decode, terminal_event=None))
    assert [type(e).__name__ for e in events] == [
        "RawContentBlockDeltaEvent",
        "UnknownRawMessageStreamEvent",
    ]
    assert events[1].to_dict() == odd


def test_properties_and_next() -> None:
    stream, _ = open_stream([BODY])
    assert stream.request_id == "req_123"
    assert isinstance(stream.response, httpx.Response)
    assert next(stream)[0] == "message_start"
    assert next(stream)[0] == "content_block_start"
    assert iter(stream) is iter(stream)
    rest = list(stream)
    assert rest[-1][0] == "message_stop"
    with pytest.raises(StopIteration):
        next(stream)
    assert "req_123" in repr(stream)


def test_gzip_body_through_httpx() -> None:
    compressed = gzip.compress(BODY)
    stream, _ = open_stream(pieces_of(compressed, 11), headers={"content-encoding": "gzip"})
    assert list(stream) == expected_events(BODY)


recorded_gzip = [pytest.param(s, id=s.name) for s in recorded_streams() if s.gzipped] or [
    pytest.param(None, marks=pytest.mark.skip(reason="no recorded gzip stream (../shared absent)"))
]


@pytest.mark.parametrize("recorded", recorded_gzip)
def test_recorded_gzip_stream_through_httpx(recorded: Any) -> None:
    pieces = split_at(recorded.raw, list(range(0, len(recorded.raw), 97)))
    stream, _ = open_stream(pieces, headers={"content-encoding": "gzip"})
    events = list(stream)
    assert events == expected_events(recorded.body)
    assert events[-1][0] == "message_stop"


def test_terminal_event_none_allows_plain_end() -> None:
    body = sse("a", {"type": "a"}) + sse("b", {"type": "b"})
    stream, _ = open_stream([body], terminal_event=None)
    assert [name for name, _ in stream] == ["a", "b"]


def test_events_after_the_terminal_event_still_come_through() -> None:
    stream, _ = open_stream([BODY + sse("late", {"type": "late"})])
    assert [name for name, _ in stream][-2:] == ["message_stop", "late"]


# --- closing ----------------------------------------------------------------------------------


def test_break_then_exit_context_closes_response() -> None:
    stream, body = open_stream(pieces_of(BODY))
    with stream:
        for name, _ in stream:
            if name == "content_block_delta":
                break
        assert not stream.response.is_closed
    assert stream.response.is_closed
    assert body.closed


def test_close_is_idempotent_and_stops_iteration() -> None:
    stream, _ = open_stream(pieces_of(BODY))
    next(stream)
    stream.close()
    stream.close()
    assert stream.response.is_closed
    assert list(stream) == []


def test_close_before_iterating() -> None:
    stream, _ = open_stream([BODY])
    with stream:
        pass
    assert stream.response.is_closed


def test_started_iterator_closes_response_when_garbage_collected() -> None:
    stream, body = open_stream(pieces_of(BODY))
    response = stream.response
    next(stream)
    del stream
    gc.collect()
    assert response.is_closed
    assert body.closed


# --- errors -----------------------------------------------------------------------------------

OVERLOADED = {
    "type": "error",
    "error": {"type": "overloaded_error", "message": "Overloaded"},
    "request_id": "req_123",
}


def with_error(error: object) -> bytes:
    return messages_stream(3, with_stop=False).split(b"event: content_block_stop")[0] + (
        b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n"
    )


def test_error_event_raises_typed_error() -> None:
    stream, _ = open_stream(pieces_of(with_error(OVERLOADED)))
    seen: list[str] = []
    with pytest.raises(OverloadedError) as info:
        for name, _ in stream:
            seen.append(name)
    assert seen[-1] == "content_block_delta"  # events before the error were delivered
    assert info.value.request_id == "req_123"
    assert info.value.type == "overloaded_error"
    assert info.value.body == OVERLOADED
    assert stream.response.is_closed


def test_error_event_request_id_from_body() -> None:
    error = {**OVERLOADED, "request_id": "req_body"}
    body = Chunks([with_error(error)])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    stream = Stream(
        client.send(client.build_request("POST", URL), stream=True), decode, keep_pings=True
    )
    with pytest.raises(OverloadedError) as info:
        list(stream)
    assert info.value.request_id == "req_body"


def test_unknown_error_type_and_non_json_error() -> None:
    stream, _ = open_stream([with_error({"type": "error", "error": {"type": "new_error"}})])
    with pytest.raises(APIStatusError):
        list(stream)
    stream, _ = open_stream([b"event: error\ndata: <html>oops</html>\n\n"])
    with pytest.raises(APIStatusError) as info:
        list(stream)
    assert info.value.body == "<html>oops</html>"


def test_truncated_before_message_stop_raises() -> None:
    stream, _ = open_stream(pieces_of(messages_stream(5, with_stop=False)))
    with pytest.raises(APIConnectionError, match="message_stop"):
        list(stream)
    assert stream.response.is_closed


@pytest.mark.parametrize("ending", [b"\n", b""])
def test_a_complete_last_event_without_the_blank_line_is_dispatched(ending: bytes) -> None:
    # Completeness is judged by message_stop, not by the final blank line.
    body = BODY[: BODY.index(b"event: message_stop")] + b"event: message_stop\ndata: {}" + ending
    for terminal in ("message_stop", None):
        stream, _ = open_stream([body], terminal_event=terminal)
        events = list(stream)
        assert events[-1] == ("message_stop", {})


def test_body_ending_mid_event_raises() -> None:
    body = BODY[: BODY.index(b"event: content_block_delta")] + b"event: content_block_delta\nda"
    stream, _ = open_stream([body], terminal_event="message_stop")
    with pytest.raises(APIConnectionError, match=r"middle of an event|before message_stop"):
        list(stream)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ReadError("connection reset"), APIConnectionError),
        (httpx.RemoteProtocolError("peer closed connection"), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
    ],
)
def test_transport_error_mid_stream(error: Exception, expected: type[Exception]) -> None:
    cut = BODY.index(b"event: content_block_delta") + 10
    stream, _ = open_stream([BODY[:cut]], fail=error)
    with pytest.raises(expected) as info:
        list(stream)
    assert type(info.value) is expected
    assert info.value.__cause__ is error
    assert stream.response.is_closed


def test_transport_error_after_message_stop_is_not_an_error() -> None:
    stream, _ = open_stream([BODY], fail=httpx.ReadError("reset after the end"))
    assert list(stream)[-1][0] == "message_stop"


# --- a real socket that drops the connection --------------------------------------------------

PARTIAL = BODY[: BODY.index(b"event: content_block_delta") + 100]


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(Script(head(length=len(BODY)), [PARTIAL]), id="content-length"),
        pytest.param(Script(head(chunked=True), [chunk_frame(PARTIAL)]), id="chunked"),
        pytest.param(Script(head(), [PARTIAL]), id="close-delimited"),
        pytest.param(Script(head(chunked=True), [chunk_frame(PARTIAL)], end="reset"), id="reset"),
    ],
)
def test_socket_dropped_mid_body(script: Script) -> None:
    with serve_once(script) as base, httpx.Client(base_url=base) as client:
        response = client.send(client.build_request("GET", "/v1/messages"), stream=True)
        stream = Stream(response, decode, keep_pings=True)
        assert stream.request_id == "req_test"
        names: list[str] = []
        with pytest.raises(APIConnectionError) as info:
            for name, _ in stream:
                names.append(name)
        assert names[:2] == ["message_start", "content_block_start"]
        assert not isinstance(info.value, APITimeoutError)
        assert response.is_closed


def test_socket_read_timeout_mid_body() -> None:
    script = Script(head(chunked=True), [chunk_frame(PARTIAL)], end="hang")
    with serve_once(script) as base, httpx.Client(base_url=base, timeout=0.3) as client:
        stream = Stream(
            client.send(client.build_request("GET", "/"), stream=True), decode, keep_pings=True
        )
        with pytest.raises(APITimeoutError) as info:
            list(stream)
        assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_socket_complete_stream() -> None:
    script = Script(
        head(chunked=True), [chunk_frame(p) for p in pieces_of(BODY, 500)] + [b"0\r\n\r\n"]
    )
    with serve_once(script) as base, httpx.Client(base_url=base) as client:
        with Stream(
            client.send(client.build_request("GET", "/"), stream=True), decode, keep_pings=True
        ) as stream:
            assert list(stream) == expected_events(BODY)


# --- async ------------------------------------------------------------------------------------


def test_async_yields_every_event() -> None:
    async def main() -> None:
        stream, _ = await aopen_stream(pieces_of(BODY))
        assert stream.request_id == "req_123"
        assert await stream.__anext__() == expected_events(BODY)[0]
        rest = await collect(stream)
        assert rest == expected_events(BODY)[1:]
        assert stream.response.is_closed

    asyncio.run(main())


def test_async_gzip() -> None:
    async def main() -> None:
        stream, _ = await aopen_stream(
            pieces_of(gzip.compress(BODY), 5), headers={"content-encoding": "gzip"}
        )
        assert await collect(stream) == expected_events(BODY)

    asyncio.run(main())


def test_async_break_then_exit_context_closes_response() -> None:
    async def main() -> None:
        stream, body = await aopen_stream(pieces_of(BODY))
        async with stream:
            async for name, _ in stream:
                if name == "content_block_delta":
                    break
            assert not stream.response.is_closed
        assert stream.response.is_closed
        assert body.closed
        await stream.close()  # idempotent

    asyncio.run(main())


def test_async_error_event() -> None:
    async def main() -> None:
        stream, _ = await aopen_stream(pieces_of(with_error(OVERLOADED)))
        with pytest.raises(OverloadedError) as info:
            await collect(stream)
        assert info.value.request_id == "req_123"
        assert stream.response.is_closed

    asyncio.run(main())


def test_async_truncated_and_transport_errors() -> None:
    async def main() -> None:
        stream, _ = await aopen_stream([messages_stream(3, with_stop=False)])
        with pytest.raises(APIConnectionError, match="message_stop"):
            await collect(stream)
        error = httpx.ReadError("reset")
        stream, _ = await aopen_stream([BODY[:300]], fail=error)
        with pytest.raises(APIConnectionError) as info:
            await collect(stream)
        assert info.value.__cause__ is error
        timeout = httpx.ReadTimeout("slow")
        stream, _ = await aopen_stream([BODY[:300]], fail=timeout)
        with pytest.raises(APITimeoutError):
            await collect(stream)

    asyncio.run(main())


@pytest.mark.parametrize("end", ["close", "reset"])
def test_async_socket_dropped_mid_body(end: str) -> None:
    async def main(base: str) -> None:
        async with httpx.AsyncClient(base_url=base) as client:
            response = await client.send(client.build_request("GET", "/"), stream=True)
            async with AsyncStream(response, decode, keep_pings=True) as stream:
                with pytest.raises(APIConnectionError):
                    await collect(stream)
            assert response.is_closed

    with serve_once(Script(head(length=len(BODY)), [PARTIAL], end=end)) as base:
        asyncio.run(main(base))


def test_pings_are_skipped_unless_kept() -> None:
    body = b'event: ping\ndata: {"type": "ping"}\n\n' + BODY
    client = httpx.Client(transport=httpx.MockTransport(handler_for(Chunks([body]), None)))
    response = client.send(client.build_request("POST", URL), stream=True)
    names = [name for name, _ in Stream(response, decode)]
    assert "ping" not in names and names[-1] == "message_stop"
