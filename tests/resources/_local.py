"""Test helpers: a threaded HTTP server on 127.0.0.1 whose routes are plain functions, and
clients pointed at it (or at a MockTransport) with a fake clock, so that nothing sleeps."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from _support.clients import API_KEY as API_KEY
from _support.clients import local_async_client as local_async_client
from _support.clients import local_client as local_client
from _support.clients import mock_async_client as mock_async_client
from _support.clients import mock_client as mock_client
from _support.clock import FakeClock as FakeClock
from _support.http_server import serving
from _support.recorder import Recorder as Recorder
from claude_api_client._core._base_client import SyncAPIClient


def json_reply(status: int = 200, body: object = None) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"content-type": "application/json", "request-id": f"req_mock_{status}"},
        content=json.dumps({} if body is None else body).encode(),
    )


def error_reply(status: int, error_type: str = "api_error") -> httpx.Response:
    body = {"type": "error", "error": {"type": error_type, "message": "boom"}}
    return json_reply(status, body)


def core_client(handler: Callable[[httpx.Request], httpx.Response]) -> SyncAPIClient:
    return SyncAPIClient(
        api_key=API_KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        retry_policy=FakeClock().policy(),
    )


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


@dataclass
class Exchange:
    """What a route gets: the request, and the handler to answer with."""

    seen: Seen
    handler: BaseHTTPRequestHandler

    def head(self, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.handler.send_response(status)
        for name, value in (headers or {}).items():
            self.handler.send_header(name, value)
        self.handler.end_headers()

    def write(self, data: bytes) -> None:
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def chunk(self, data: bytes) -> None:
        """One frame of a chunked body (an empty `data` ends the body)."""
        self.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def reply(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.head(
            status,
            {
                "content-type": content_type,
                "content-length": str(len(body)),
                "request-id": f"req_local_{status}",
            },
        )
        self.write(body)


Route = Callable[[Exchange], None]


@dataclass
class LocalServer:
    route: Route
    seen: list[Seen] = field(default_factory=list)
    base_url: str = ""


@contextmanager
def serve(route: Route) -> Iterator[LocalServer]:
    """Serve `route` for every request on 127.0.0.1 until the block ends."""
    state = LocalServer(route)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            url = urlsplit(self.path)
            seen = Seen(
                method=self.command,
                path=url.path,
                query=dict(parse_qsl(url.query)),
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
            )
            state.seen.append(seen)
            state.route(Exchange(seen, self))

        do_GET = do_POST = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serving(Handler) as base_url:
        state.base_url = base_url
        yield state
