"""Helpers written once for the sync and the async client, as the core's send loop is.

The logic is a coroutine (or an async generator) whose every I/O step goes through an `IO`: on
the async client (`ASYNC`) the step is an awaitable and is awaited; on the sync client (`SYNC`) it
is the value the blocking call already returned, so no await ever suspends and `run` (`iterate`)
steps the coroutine (the generator) to its end without an event loop. What differs between the
clients is only which call each step makes (`call_next` of either kind, `close` / `aclose`,
`next` / `anext`).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Coroutine, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

__all__ = ["ASYNC", "IO", "SYNC", "iterate", "run"]

_T = TypeVar("_T")


@dataclass(frozen=True)
class IO:
    """The I/O steps of one kind of client."""

    asynchronous: bool

    async def __call__(self, step: Any) -> Any:
        """What `step` gives: awaited on the async client, as it is on the sync one."""
        return await step if self.asynchronous else step

    async def next(self, items: Any) -> Any:
        """The next item of a (sync or async) iterator, None at its end."""
        return await anext(items, None) if self.asynchronous else next(items, None)

    async def close(self, response: httpx.Response) -> None:
        if self.asynchronous:
            await response.aclose()
        else:
            response.close()

    def chunks(self, response: httpx.Response) -> Any:
        """The body's (decoded) bytes, an iterator for `next`."""
        return response.aiter_bytes() if self.asynchronous else response.iter_bytes()


SYNC = IO(asynchronous=False)
ASYNC = IO(asynchronous=True)


def _suspended(awaitable: Any) -> RuntimeError:
    awaitable.close()
    return RuntimeError("a step written for both clients suspended on the sync client")


def run(coroutine: Coroutine[Any, Any, _T]) -> _T:
    """The result of a coroutine of the sync client (none of its awaits suspends)."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        result: _T = done.value
        return result
    raise _suspended(coroutine)


def iterate(generator: AsyncGenerator[_T, None]) -> Generator[_T, None, None]:
    """The items of an async generator of the sync client, as a sync generator; closing this one
    closes `generator` (its `finally` runs, its steps as blocking calls)."""
    try:
        while True:
            step = generator.__anext__()
            try:
                step.send(None)
            except StopIteration as item:
                yield item.value
                continue
            except StopAsyncIteration:
                return
            raise _suspended(step)
    finally:
        closing = generator.aclose()
        try:
            closing.send(None)
        except StopIteration:
            pass
        else:
            raise _suspended(closing)
