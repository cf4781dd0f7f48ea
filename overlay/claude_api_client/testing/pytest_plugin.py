"""pytest fixtures for the local Claude API simulator.

Opt in from a conftest (nothing is registered globally)::

    pytest_plugins = ["claude_api_client.testing.pytest_plugin"]

Fixtures (function-scoped, so every test starts with a fresh server):

- ``claude_api``: a running :class:`~claude_api_client.testing.LocalAPIServer`;
- ``claude_client``: an ``Anthropic`` client pointed at it, closed after the test;
- ``async_claude_client``: an ``AsyncAnthropic`` client pointed at it. Use it inside your own
  event loop (``asyncio.run``, ``anyio.run`` …); it is closed at teardown if you did not close it.

Both clients keep the default retry rules but never sleep between attempts (their retry policy's
``sleep`` records nothing and returns at once), so tests of retries stay fast.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ._server import LocalAPIServer

if TYPE_CHECKING:
    from .._client import Anthropic, AsyncAnthropic
    from .._core._retry import RetryPolicy

__all__ = ["async_claude_client", "claude_api", "claude_client", "no_sleep_policy"]


async def _no_async_sleep(seconds: float) -> None:
    return None


def no_sleep_policy() -> RetryPolicy:
    """The default retry policy, minus the waiting."""
    from .._core._retry import RetryPolicy

    return RetryPolicy(sleep=lambda seconds: None, async_sleep=_no_async_sleep)


@pytest.fixture
def claude_api() -> Iterator[LocalAPIServer]:
    """A local Claude API server on 127.0.0.1, stopped after the test."""
    with LocalAPIServer() as server:
        yield server


@pytest.fixture
def claude_client(claude_api: LocalAPIServer) -> Iterator[Anthropic]:
    """A synchronous client of the local server."""
    with claude_api.client(retry_policy=no_sleep_policy()) as client:
        yield client


@pytest.fixture
def async_claude_client(claude_api: LocalAPIServer) -> Iterator[AsyncAnthropic]:
    """An asynchronous client of the local server."""
    client = claude_api.async_client(retry_policy=no_sleep_policy())
    yield client
    if not client.is_closed():
        # Connections opened in a test's own (now closed) loop may refuse a clean close here;
        # the server side is torn down next either way.
        with contextlib.suppress(RuntimeError):
            asyncio.run(client.close())
