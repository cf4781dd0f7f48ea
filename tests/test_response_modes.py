"""`.with_raw_response` and `.with_streaming_response` on every kind of method, sync and async."""

from __future__ import annotations

import asyncio

from claude_api_client import APIResponse, AsyncAPIResponse, Stream
from claude_api_client.testing import local_api
from claude_api_client.types import Message, ModelInfo

HELLO = [{"role": "user", "content": "hello"}]


def test_raw_response_of_a_model_method() -> None:
    with local_api() as server, server.client() as client:
        raw = client.messages.with_raw_response.create(model="m", max_tokens=9, messages=HELLO)
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200
        assert raw.request_id == server.requests[-1].request_id
        message = raw.parse()
        assert isinstance(message, Message)
        assert message.request_id == raw.request_id


def test_raw_response_of_a_stream_and_of_a_page() -> None:
    with local_api() as server, server.client() as client:
        raw = client.messages.with_raw_response.create(
            model="m", max_tokens=9, messages=HELLO, stream=True
        )
        stream = raw.parse()
        assert isinstance(stream, Stream)
        assert [e.type for e in stream][-1] == "message_stop"
        page = client.models.with_raw_response.list(limit=1).parse()
        assert [m.id for m in page]  # a real page: it still follows the next ones
        assert all(isinstance(m, ModelInfo) for m in page)


def test_streaming_response_sends_nothing_before_with_and_closes_after() -> None:
    with local_api() as server, server.client() as client:
        pending = client.with_streaming_response.messages.create(
            model="m", max_tokens=9, messages=HELLO
        )
        assert server.requests == []
        with pending as response:
            assert not response.is_closed
            assert response.parse().content[0].type == "text"
        assert response.is_closed


def test_nested_namespaces_and_binary_downloads() -> None:
    with local_api() as server, server.client() as client:
        uploaded = client.files.upload(file=("a.txt", b"abc", "text/plain"))
        with client.files.with_streaming_response.download(uploaded.id) as response:
            assert response.parse() == b"abc"  # as the official streamed binary response
        batches = client.messages.with_raw_response.batches.list().parse()
        assert list(batches) == []


def test_async_raw_and_streaming() -> None:
    async def main() -> None:
        with local_api() as server:
            async with server.async_client() as client:
                raw = await client.messages.with_raw_response.create(
                    model="m", max_tokens=9, messages=HELLO
                )
                # As in the official 2.x package: awaiting the call reads the body, and the
                # response is an `AsyncAPIResponse` whose `.parse()` is awaited too.
                assert isinstance(raw, AsyncAPIResponse)
                assert (await raw.parse()).stop_reason == "end_turn"
                assert raw.is_closed  # read whole: nothing left open
                page = await (await client.models.with_raw_response.list(limit=2)).parse()
                assert len(page.data) == 2
                async with client.messages.with_streaming_response.count_tokens(
                    model="m", messages=HELLO
                ) as response:
                    assert (await response.parse()).input_tokens >= 1

    asyncio.run(main())
