"""The httpx clients this package creates, and the deadline their connections obey: every
connect, read and write of a `DefaultHttpxClient` / `DefaultAsyncHttpxClient` waits at most until
the deadline the client or a stream set (`set_deadline`). Why: docs/internals.md, "Connections:
the deadline and the pool"."""

from __future__ import annotations

import inspect
import time
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from ._constants import DEFAULT_TIMEOUT, MAX_CONNECTIONS, MAX_KEEPALIVE_CONNECTIONS

DEFAULT_LIMITS = httpx.Limits(
    max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_KEEPALIVE_CONNECTIONS
)

# Absolute time.monotonic() value after which no network operation of this context may wait.
_deadline: ContextVar[float | None] = ContextVar("claude_api_client_deadline", default=None)


# `set_deadline(at)` sets the absolute deadline (a time.monotonic() value) and returns the token
# that `reset_deadline(token)` restores the previous one with: the context variable's own
# methods, so that the send loop and each stream chunk call no Python function for it.
set_deadline = _deadline.set
reset_deadline = _deadline.reset


def _bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    at = _deadline.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


# httpcore's network streams and backends, sync or async, with every wait bounded by the
# deadline. Each method only changes the `timeout` argument and hands back what the inner call
# returns (on an async stream: its awaitable), so one class serves both kinds.


class _Stream:
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> Any:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> Any:
        return self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _opened(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def __getattr__(self, name: str) -> Any:  # close / aclose, get_extra_info
        return getattr(self._inner, name)


class _Backend:
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    # The rest of connect_tcp's arguments (local address, socket options) pass through as given.
    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *rest: Any, **named: Any
    ) -> Any:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _opened(self._inner.connect_tcp(host, port, bounded, *rest, **named))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> Any:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _opened(self._inner.connect_unix_socket(path, bounded, socket_options))

    def __getattr__(self, name: str) -> Any:  # sleep
        return getattr(self._inner, name)


def _opened(stream: Any) -> Any:
    """A stream an inner backend opened, wrapped (on an async backend, once awaited)."""
    if not inspect.isawaitable(stream):
        return _Stream(stream)

    async def wrapped() -> _Stream:
        return _Stream(await stream)

    return wrapped()


def _pools(client: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The httpcore connection pools behind `client` (its transport and its mounts)."""
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    return [pool for t in transports if (pool := getattr(t, "_pool", None)) is not None]


def _watch_deadlines(client: httpx.Client | httpx.AsyncClient) -> None:
    from ._pool import adopt

    for pool in _pools(client):
        adopt(pool)  # linear pool bookkeeping (see _pool)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, (httpcore.NetworkBackend, httpcore.AsyncNetworkBackend)):
            pool._network_backend = _Backend(backend)


def forget_connections(client: httpx.Client | httpx.AsyncClient) -> None:
    """After a fork: drop (without closing: they belong to the parent) the pooled connections,
    so that the child opens its own."""
    for pool in _pools(client):
        if isinstance(getattr(pool, "_connections", None), list):
            pool._connections = []


def with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    """httpx client arguments with our timeout, pool limits and redirects where not given."""
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """An `httpx.Client` with this package's defaults: timeout, pool limits (1,000 connections,
    100 kept alive), same-origin redirects, and the per-call deadline. Takes httpx's arguments."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**with_defaults(kwargs))
        _watch_deadlines(self)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """The asyncio form of :class:`DefaultHttpxClient`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**with_defaults(kwargs))
        _watch_deadlines(self)
