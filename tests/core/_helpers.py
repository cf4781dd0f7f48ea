"""Shared test helpers: fake clock, recording mock transports, ready-made clients."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from claude_api_client._core._base_client import AsyncAPIClient, SyncAPIClient
from claude_api_client._core._options import RequestOptions
from claude_api_client._core._retry import RetryPolicy

API_KEY = "sk-ant-api03-TOPSECRET-0123456789abcdef"
WALL_START = 1_700_000_000.0


class FakeClock:
    """Monotonic and wall clocks that only move when the client sleeps (or a test says so)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return WALL_START + (self.now - 1000.0)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self, *, random: float = 0.0, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            monotonic=self.monotonic,
            wall_clock=self.wall,
            random=lambda: random,
            **kwargs,
        )


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler replaying `replies` in order (the last one repeats)."""

    def __init__(self, replies: Iterable[Reply]) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        index = min(len(self.requests) - 1, len(self.replies) - 1)
        reply = self.replies[index]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        # A fresh copy each time: a Response object can be sent only once.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)


def json_reply(status: int = 200, body: object = None, **headers: str) -> httpx.Response:
    content = json.dumps({"ok": True} if body is None else body).encode()
    all_headers = {"content-type": "application/json", "request-id": "req_test_1"}
    all_headers.update({k.replace("_", "-"): v for k, v in headers.items()})
    return httpx.Response(status, headers=all_headers, content=content)


def error_reply(
    status: int, error_type: str = "api_error", message: str = "boom", **headers: str
) -> httpx.Response:
    body = {
        "type": "error",
        "error": {"type": error_type, "message": message},
        "request_id": "req_err",
    }
    return json_reply(status, body, request_id="req_err", **headers)


def sync_client(
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    clock: FakeClock | None = None,
    api_key: str | None = API_KEY,
    **kwargs: Any,
) -> SyncAPIClient:
    clock = clock or FakeClock()
    return SyncAPIClient(
        api_key=api_key,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        retry_policy=clock.policy(),
        **kwargs,
    )


def async_client(
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    clock: FakeClock | None = None,
    api_key: str | None = API_KEY,
    **kwargs: Any,
) -> AsyncAPIClient:
    clock = clock or FakeClock()
    return AsyncAPIClient(
        api_key=api_key,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        retry_policy=clock.policy(),
        **kwargs,
    )


def get(path: str = "/v1/models", **kwargs: Any) -> RequestOptions:
    return RequestOptions(method="get", path=path, **kwargs)


def post(path: str = "/v1/messages", **kwargs: Any) -> RequestOptions:
    return RequestOptions(method="post", path=path, **kwargs)
