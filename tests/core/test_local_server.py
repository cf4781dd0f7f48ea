"""Against a real HTTP server on 127.0.0.1 (started here), through httpx's real transport."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import socket
from collections.abc import Iterator
from typing import ClassVar

import pytest

from _support.http_server import QuietHandler, serving
from claude_api_client._core._base_client import AsyncAPIClient, SyncAPIClient
from claude_api_client._core._casts import json_cast
from claude_api_client._core._exceptions import APIConnectionError

from ._helpers import API_KEY, FakeClock, get


class Handler(QuietHandler):
    """Answers 529 to every first request of a path, then 200."""

    seen: ClassVar[dict[str, int]] = {}
    keys: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        count = self.seen.get(self.path, 0)
        self.seen[self.path] = count + 1
        self.keys.append(self.headers.get("x-api-key", ""))
        if count == 0:
            body = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
            self._send(529, body)
        else:
            self._send(200, {"id": "ok"})

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.answer(status, "application/json", data, {"request-id": f"req_local_{status}"})


@pytest.fixture
def server() -> Iterator[str]:
    Handler.seen = {}
    Handler.keys = []
    with serving(Handler) as url:
        yield url


def test_sync_retry_against_a_real_server(server: str) -> None:
    clock = FakeClock()
    with SyncAPIClient(api_key=API_KEY, base_url=server, retry_policy=clock.policy()) as client:
        raw = client.request_raw(get("/v1/sync"), json_cast)
        assert raw.parse() == {"id": "ok"}
        assert raw.retries_taken == 1
        assert raw.request_id == "req_local_200"
        assert isinstance(raw.elapsed, dt.timedelta)
    assert clock.sleeps == [0.5]
    assert Handler.keys == [API_KEY, API_KEY]


def test_async_retry_against_a_real_server(server: str) -> None:
    async def main() -> None:
        clock = FakeClock()
        async with AsyncAPIClient(
            api_key=API_KEY, base_url=server, retry_policy=clock.policy()
        ) as client:
            assert await client.request(get("/v1/async"), json_cast) == {"id": "ok"}
        assert clock.sleeps == [0.5]

    asyncio.run(main())


def test_refused_connection_is_retried_then_raised() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    clock = FakeClock()
    client = SyncAPIClient(
        api_key=API_KEY, base_url=f"http://127.0.0.1:{port}", retry_policy=clock.policy()
    )
    with pytest.raises(APIConnectionError) as info:
        client.request(get(), json_cast)
    assert clock.sleeps == [0.5, 1.0]
    assert API_KEY not in str(info.value)
    client.close()
