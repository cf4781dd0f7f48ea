"""Wait for a Message Batch to end, polling with backoff.

    batch = wait_for_batch(client, batch.id, on_progress=lambda b: print(b.request_counts))
    for result in client.messages.batches.results(batch.id):
        ...

The first poll happens at once; then the wait between polls starts at `poll_interval` and grows
by `backoff` up to `max_interval`. Past `timeout` seconds (None: no limit; a batch always ends
within about 24 hours, when its unfinished requests expire) `BatchWaitTimeoutError` is raised,
carrying the last state seen. The clock and the sleep are parameters, so tests never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .._core._exceptions import AnthropicError
from .._core._sync_async import ASYNC, SYNC, run

if TYPE_CHECKING:
    from .._client import Anthropic, AsyncAnthropic
    from .._core._sync_async import IO
    from ..types import MessageBatch

__all__ = ["BatchWaitTimeoutError", "async_wait_for_batch", "wait_for_batch"]

DEFAULT_POLL_INTERVAL = 5.0
DEFAULT_MAX_INTERVAL = 60.0
DEFAULT_BACKOFF = 1.5
ENDED = "ended"


class BatchWaitTimeoutError(AnthropicError, TimeoutError):
    """The batch had not ended when the wait's timeout ran out. The batch keeps running."""

    def __init__(self, batch: MessageBatch, timeout: float) -> None:
        status = str(batch.processing_status)
        super().__init__(
            f"Message batch {batch.id} had not ended after {timeout:g}s "
            f"(processing_status: {status}); it is still running on the API side, "
            "call wait_for_batch again or cancel it."
        )
        self.batch = batch
        self.timeout = timeout


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def _check(poll_interval: float, max_interval: float, backoff: float) -> None:
    if poll_interval <= 0 or max_interval <= 0:
        raise ValueError("poll_interval and max_interval must be positive")
    if backoff < 1:
        raise ValueError("backoff must be at least 1")


class _Schedule:
    """The waits between polls and the deadline, shared by the sync and async helpers."""

    def __init__(
        self,
        poll_interval: float,
        max_interval: float,
        backoff: float,
        timeout: float | None,
        clock: Callable[[], float],
    ) -> None:
        _check(poll_interval, max_interval, backoff)
        self._interval = min(poll_interval, max_interval)
        self._max = max_interval
        self._backoff = backoff
        self._timeout = timeout
        self._clock = clock
        self._deadline = None if timeout is None else clock() + timeout

    def next_wait(self, batch: MessageBatch) -> float:
        """Seconds to sleep before the next poll; raises once the deadline has passed."""
        if self._deadline is None:
            wait = self._interval
        else:
            remaining = self._deadline - self._clock()
            if remaining <= 0:
                assert self._timeout is not None
                raise BatchWaitTimeoutError(batch, self._timeout)
            wait = min(self._interval, remaining)
        self._interval = min(self._interval * self._backoff, self._max)
        return wait


async def _poll(
    client: Any,
    batch_id: str,
    beta: bool,
    schedule: _Schedule,
    on_progress: Callable[[MessageBatch], object] | None,
    sleep: Callable[[float], Any],
    io: IO,
) -> MessageBatch:
    """The polls, written once for both clients (`_sync_async`)."""
    retrieve = (client.beta.messages if beta else client.messages).batches.retrieve
    while True:
        batch: MessageBatch = await io(retrieve(batch_id))
        if on_progress is not None:
            outcome = on_progress(batch)
            if io.asynchronous and isinstance(outcome, Awaitable):
                await outcome
        if str(batch.processing_status) == ENDED:
            return batch
        await io(sleep(schedule.next_wait(batch)))


def wait_for_batch(
    client: Anthropic,
    batch_id: str,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    backoff: float = DEFAULT_BACKOFF,
    timeout: float | None = None,
    on_progress: Callable[[MessageBatch], object] | None = None,
    beta: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> MessageBatch:
    """Poll `client.messages.batches.retrieve(batch_id)` (or the beta form with `beta=True`)
    until `processing_status` is `ended`, and return that batch.

    `on_progress(batch)` is called after every poll, the last one included. API errors propagate
    as usual (each poll already retries transient failures).
    """
    schedule = _Schedule(poll_interval, max_interval, backoff, timeout, clock)
    return run(_poll(client, batch_id, beta, schedule, on_progress, sleep, SYNC))


async def async_wait_for_batch(
    client: AsyncAnthropic,
    batch_id: str,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    backoff: float = DEFAULT_BACKOFF,
    timeout: float | None = None,
    on_progress: Callable[[MessageBatch], object] | None = None,
    beta: bool = False,
    sleep: Callable[[float], Awaitable[None]] = _anyio_sleep,
    clock: Callable[[], float] = time.monotonic,
) -> MessageBatch:
    """The async form of `wait_for_batch` (asyncio or trio); `on_progress` may be a plain
    function or a coroutine function."""
    schedule = _Schedule(poll_interval, max_interval, backoff, timeout, clock)
    return await _poll(client, batch_id, beta, schedule, on_progress, sleep, ASYNC)
