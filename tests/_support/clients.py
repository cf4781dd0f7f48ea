"""Clients of the public API for tests: on an httpx MockTransport (a handler, such as a
`Recorder`, answers) or pointed at a local server; waits go to a fake clock, nothing sleeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from claude_api_client import Anthropic, AsyncAnthropic

from .clock import FakeClock

__all__ = [
    "API_KEY",
    "local_async_client",
    "local_client",
    "mock_async_client",
    "mock_client",
]

API_KEY = "sk-ant-api03-resources-test-key"

Handler = Callable[[httpx.Request], httpx.Response]


def _options(clock: FakeClock | None, api_key: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    return {"api_key": api_key, "retry_policy": (clock or FakeClock()).policy(), **kwargs}


def mock_client(
    handler: Handler, clock: FakeClock | None = None, *, api_key: str = API_KEY, **kwargs: Any
) -> Anthropic:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Anthropic(http_client=http, **_options(clock, api_key, kwargs))


def mock_async_client(
    handler: Handler, clock: FakeClock | None = None, *, api_key: str = API_KEY, **kwargs: Any
) -> AsyncAnthropic:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncAnthropic(http_client=http, **_options(clock, api_key, kwargs))


def local_client(
    base_url: str, clock: FakeClock | None = None, *, api_key: str = API_KEY, **kwargs: Any
) -> Anthropic:
    """A client of a server on 127.0.0.1 (`base_url`)."""
    return Anthropic(base_url=base_url, **_options(clock, api_key, kwargs))


def local_async_client(
    base_url: str, clock: FakeClock | None = None, *, api_key: str = API_KEY, **kwargs: Any
) -> AsyncAnthropic:
    return AsyncAnthropic(base_url=base_url, **_options(clock, api_key, kwargs))
