"""request_events: status checked and retried like any request, then the body goes to a Stream."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from claude_api_client import APIResponseValidationError, OverloadedError, RateLimitError
from claude_api_client._core._streaming import AsyncStream, Stream

from ._helpers import FakeClock, Recorder, async_client, error_reply, post, sync_client

SSE = (
    b'event: message_start\ndata: {"type":"message_start"}\n\n'
    b'event: ping\ndata: {"type":"ping"}\n\n'
    b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
)


def sse_reply() -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=SSE)


def decode(event: str, data: str) -> str:
    return event


def test_sync_events_after_a_retried_failure() -> None:
    clock = FakeClock()
    recorder = Recorder([error_reply(529, "overloaded_error"), sse_reply()])
    stream = sync_client(recorder, clock=clock).request_events(
        post(json_body={"stream": True}), decode
    )
    assert isinstance(stream, Stream)
    assert list(stream) == ["message_start", "message_stop"]  # `ping` skipped
    assert len(recorder.requests) == 2 and clock.sleeps == [0.5]
    assert recorder.requests[0].headers["accept"] == "text/event-stream"


def test_sync_events_error_status_is_raised() -> None:
    recorder = Recorder([error_reply(529, "overloaded_error")])
    with pytest.raises(OverloadedError):
        sync_client(recorder, max_retries=0).request_events(post(json_body={}), decode)


def test_async_events() -> None:
    async def main() -> None:
        recorder = Recorder([error_reply(429, "rate_limit_error", retry_after="1"), sse_reply()])
        stream = await async_client(recorder).request_events(post(json_body={}), decode)
        assert isinstance(stream, AsyncStream)
        assert [event async for event in stream] == ["message_start", "message_stop"]

        recorder = Recorder([error_reply(429, "rate_limit_error")])
        with pytest.raises(RateLimitError):
            await async_client(recorder, max_retries=0).request_events(post(json_body={}), decode)

    asyncio.run(main())


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body read from the network (not already in memory), for either client."""

    def __init__(self, content: bytes) -> None:
        self._content = content

    def __iter__(self) -> Iterator[bytes]:
        yield self._content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._content


def test_a_json_answer_to_a_stream_request_is_an_error_saying_so() -> None:
    body = {"id": "msg_1", "type": "message"}

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json", "request-id": "req_json"}
        return httpx.Response(200, headers=headers, stream=_Body(json.dumps(body).encode()))

    def check(error: APIResponseValidationError, recorder: Recorder) -> None:
        assert "not an event stream" in str(error) and "req_json" in str(error)
        assert error.body == body
        assert len(recorder.requests) == 1  # not retried

    recorder = Recorder([handler])
    with pytest.raises(APIResponseValidationError) as info:
        sync_client(recorder).request_events(post(json_body={}), decode)
    check(info.value, recorder)

    async def main() -> None:
        recorder = Recorder([handler])
        with pytest.raises(APIResponseValidationError) as info:
            await async_client(recorder).request_events(post(json_body={}), decode)
        check(info.value, recorder)

    asyncio.run(main())
