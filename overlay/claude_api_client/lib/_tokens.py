"""Bearer tokens from a caller's provider callable (Foundry's Azure AD provider, Google Cloud's
token provider): called for every attempt, so the provider can refresh as it sees fit."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["TokenProvider", "acall_provider", "call_provider"]

TokenProvider = Callable[[], "str | Awaitable[str]"]


def _checked(token: object, argument: str) -> str:
    if not isinstance(token, str) or not token:
        raise ValueError(f"`{argument}` must return a non-empty string, got {type(token).__name__}")
    return token


def call_provider(provider: Callable[[], Any], argument: str) -> str:
    """The token of a synchronous provider (an async one is refused on a sync client)."""
    token = provider()
    if inspect.isawaitable(token):
        close = getattr(token, "close", None)
        if callable(close):
            close()  # no "never awaited" warning
        raise TypeError(f"`{argument}` returned an awaitable: use the async client for it")
    return _checked(token, argument)


async def acall_provider(provider: Callable[[], Any], argument: str, *, in_thread: bool) -> str:
    """The token of a sync or async provider; a sync one runs in a worker thread if
    `in_thread` (it may block on the network)."""
    if in_thread and not inspect.iscoroutinefunction(provider):
        import anyio.to_thread

        token = await anyio.to_thread.run_sync(provider)
    else:
        token = provider()
    if inspect.isawaitable(token):
        token = await token
    return _checked(token, argument)
