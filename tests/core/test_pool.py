"""The connection pools behind the clients this package builds (`_core/_pool.py`).

A small HTTP/1.1 keep-alive server on 127.0.0.1 counts the connections it accepts and the
requests in flight, so the tests see what the pool does on the wire: one connection per
concurrent request up to `max_connections`, reuse of idle connections, at most
`max_keepalive_connections` kept, and no request handed a connection another one was promised.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest

from claude_api_client._core import _pool
from claude_api_client._core._transport import DefaultAsyncHttpxClient, DefaultHttpxClient


class _Server:
    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.connections = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self.requests = 0
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.ready.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.server = server
        self.port = server.sockets[0].getsockname()[1]
        self.ready.set()
        self.loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                await reader.readexactly(length)
                self.requests += 1
                self.in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
                await asyncio.sleep(self.delay)
                self.in_flight -= 1
                body = b'{"ok":true}'
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(body), body)
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        async def shutdown() -> None:
            self.server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop)
        self.thread.join(10)


@pytest.fixture
def slow_server() -> Iterator[_Server]:
    server = _Server(delay=0.2)
    yield server
    server.stop()


def _pool_of(client: httpx.Client | httpx.AsyncClient) -> Any:
    transport: Any = client._transport
    return transport._pool


def test_the_package_clients_get_the_linear_pools() -> None:
    with DefaultHttpxClient() as client:
        assert type(_pool_of(client)) is _pool.ConnectionPool
    assert type(_pool_of(DefaultAsyncHttpxClient())) is _pool.AsyncConnectionPool
    # A pool of another kind (a proxy's) is left as it is.
    proxy = httpcore.AsyncHTTPProxy(proxy_url="http://127.0.0.1:9")
    _pool.adopt(proxy)
    assert type(proxy) is httpcore.AsyncHTTPProxy


def test_concurrent_requests_each_get_a_connection_and_idle_ones_are_capped(
    slow_server: _Server,
) -> None:
    limits = httpx.Limits(max_connections=50, max_keepalive_connections=5)

    async def main() -> None:
        async with DefaultAsyncHttpxClient(limits=limits) as client:
            responses = await asyncio.gather(*(client.post(slow_server.url) for _ in range(30)))
            assert [r.json() for r in responses] == [{"ok": True}] * 30
            pool = _pool_of(client)
            assert len(pool.connections) <= 5  # the rest were closed once idle
            assert slow_server.connections == 30
            assert slow_server.most_in_flight == 30  # none waited for another's connection
            # Kept connections are reused, not reopened.
            await asyncio.gather(*(client.post(slow_server.url) for _ in range(5)))
            assert slow_server.connections == 30

    asyncio.run(main())


def test_max_connections_holds_and_queued_requests_all_finish(slow_server: _Server) -> None:
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)

    async def main() -> None:
        async with DefaultAsyncHttpxClient(limits=limits) as client:
            responses = await asyncio.gather(*(client.post(slow_server.url) for _ in range(12)))
            assert all(r.status_code == 200 for r in responses)

    asyncio.run(main())
    assert slow_server.requests == 12
    assert slow_server.connections == 4
    assert slow_server.most_in_flight == 4


def test_a_full_pool_closes_an_idle_connection_of_another_origin(slow_server: _Server) -> None:
    other = _Server(delay=0)
    try:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        with DefaultHttpxClient(limits=limits) as client:
            assert client.get(other.url).status_code == 200
            assert client.get(slow_server.url).status_code == 200
            assert client.get(slow_server.url).status_code == 200
            (kept,) = _pool_of(client).connections
            assert kept._origin.port == slow_server.port
    finally:
        other.stop()
    assert other.connections == 1
    assert slow_server.connections == 1


def test_sequential_calls_reuse_one_connection_and_a_closed_one_is_replaced(
    slow_server: _Server,
) -> None:
    slow_server.delay = 0
    with DefaultHttpxClient() as client:
        for _ in range(5):
            assert client.get(slow_server.url).status_code == 200
        assert slow_server.connections == 1
        (connection,) = _pool_of(client).connections
        connection.close()  # as if the server had hung up
        assert client.get(slow_server.url).status_code == 200
        assert slow_server.connections == 2
        assert len(_pool_of(client).connections) == 1
