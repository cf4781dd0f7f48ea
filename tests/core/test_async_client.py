from __future__ import annotations

import asyncio
import email.utils
import pickle

import httpx
import pytest

from claude_api_client import NotFoundError, OverloadedError, RateLimitError
from claude_api_client._core._base_client import AsyncAPIClient
from claude_api_client._core._casts import json_cast
from claude_api_client._core._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MissingCredentialsError,
    RequestBodyTooLargeError,
)
from claude_api_client._core._types import omit

from ._helpers import API_KEY, FakeClock, Recorder, async_client, error_reply, get, json_reply, post


def test_headers_query_and_body() -> None:
    async def main() -> None:
        recorder = Recorder([json_reply()])
        client = async_client(recorder, default_headers={"x-a": "client"})
        options = post(
            params={"beta": True},
            json_body={"model": "m", "max_tokens": 5},
            headers={"anthropic-beta": "b1"},
            extra_headers={"x-a": "extra", "user-agent": omit},
            extra_body={"new": 1},
        )
        assert await client.request(options, json_cast) == {"ok": True}
        request = recorder.requests[0]
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["anthropic-version"] == "2023-06-01"
        assert request.headers["anthropic-beta"] == "b1"
        assert request.headers["x-a"] == "extra"
        assert "user-agent" not in request.headers
        assert request.content == b'{"model":"m","max_tokens":5,"new":1}'
        assert dict(request.url.params) == {"beta": "true"}

    asyncio.run(main())


def test_auth_token_and_missing_credentials() -> None:
    async def main() -> None:
        recorder = Recorder([json_reply()])
        await async_client(recorder, api_key=None, auth_token="tok").request(get(), json_cast)
        assert recorder.requests[0].headers["authorization"] == "Bearer tok"
        with pytest.raises(MissingCredentialsError, match="ANTHROPIC_API_KEY"):
            await async_client(recorder, api_key=None).request(get(), json_cast)
        assert len(recorder.requests) == 1

    asyncio.run(main())


def test_retries_with_the_injected_async_sleep() -> None:
    async def main() -> None:
        clock = FakeClock()
        date = email.utils.formatdate(clock.wall() + 3, usegmt=True)
        replies = [
            error_reply(429, "rate_limit_error", retry_after=date),
            error_reply(529, "overloaded_error", retry_after_ms="100"),
            json_reply(),
        ]
        recorder = Recorder(replies)
        client = async_client(recorder, clock=clock, max_retries=3)
        raw = await client.request_raw(get(), json_cast)
        assert raw.retries_taken == 2
        assert clock.sleeps == [3.0, 0.1]

    asyncio.run(main())


def test_errors_and_storms() -> None:
    async def main() -> None:
        clock = FakeClock()
        recorder = Recorder([error_reply(529, "overloaded_error", "Overloaded")])
        with pytest.raises(OverloadedError) as info:
            await async_client(recorder, clock=clock).request(get(), json_cast)
        assert len(recorder.requests) == 3 and clock.sleeps == [0.5, 1.0]
        assert (
            str(info.value)
            == "Error code: 529 - overloaded_error: Overloaded (request_id: req_err)"
        )
        assert pickle.loads(pickle.dumps(info.value)).status_code == 529

        recorder = Recorder([error_reply(404, "not_found_error")])
        with pytest.raises(NotFoundError):
            await async_client(recorder).request(get(), json_cast)
        assert len(recorder.requests) == 1

        recorder = Recorder([error_reply(429, retry_after="30")])
        clock = FakeClock()
        with pytest.raises(RateLimitError):
            await async_client(recorder, clock=clock).request(get(timeout=5.0), json_cast)
        assert len(recorder.requests) == 1 and clock.sleeps == []

    asyncio.run(main())


def test_connection_errors() -> None:
    async def main() -> None:
        recorder = Recorder([httpx.ConnectError("refused"), json_reply()])
        assert await async_client(recorder).request(get(), json_cast) == {"ok": True}
        recorder = Recorder([httpx.ConnectTimeout("slow")])
        with pytest.raises(APITimeoutError) as info:
            await async_client(recorder).request(get(), json_cast)
        assert isinstance(info.value, APIConnectionError)
        assert isinstance(info.value.__cause__, httpx.ConnectTimeout)
        assert len(recorder.requests) == 3

    asyncio.run(main())


def test_body_limit_and_streamed_retry() -> None:
    async def main() -> None:
        recorder = Recorder([error_reply(503), json_reply()])
        client = async_client(recorder)
        with pytest.raises(RequestBodyTooLargeError):
            await client.request(post(json_body={"x": "y" * 50}, max_body_bytes=10), json_cast)
        assert recorder.requests == []
        async with client.request_streamed(get(), json_cast) as response:
            assert await response.parse() == {"ok": True}
            assert response.retries_taken == 1

    asyncio.run(main())


def test_adaptive_timeout() -> None:
    async def main() -> None:
        recorder = Recorder([json_reply()])
        await async_client(recorder).request(post(json_body={}, expected_seconds=1800.0), json_cast)
        assert recorder.requests[0].extensions["timeout"]["read"] == 1800.0

    asyncio.run(main())


def test_close_copy_and_context_manager() -> None:
    async def main() -> None:
        async with AsyncAPIClient(api_key="k") as client:
            copy = client.with_options(timeout=3.0)
            assert copy.http_client is client.http_client
            await copy.close()
            assert not client.is_closed()
        assert client.is_closed()

        supplied = httpx.AsyncClient()
        other = AsyncAPIClient(api_key="k", http_client=supplied)
        await other.aclose()
        assert not supplied.is_closed
        await supplied.aclose()
        assert API_KEY not in repr(AsyncAPIClient(api_key=API_KEY))

    asyncio.run(main())
