"""When to retry a failed request and how long to wait first: pure functions plus a policy.

The policy holds the clock, the sleep and the random source, so that tests replace them and
never sleep for real.
"""

from __future__ import annotations

import email.utils
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
)

__all__ = [
    "Attempts",
    "RetryPolicy",
    "backoff_delay",
    "retry_after_seconds",
    "retry_delay",
    "should_retry",
]

_RETRYABLE_STATUSES = frozenset({408, 409, 429})


async def _async_sleep(seconds: float) -> None:
    # anyio (an httpx dependency) sleeps under asyncio and trio alike.
    import anyio

    await anyio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries: how often, and the clock, sleep and randomness it uses."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    """Longest server-suggested wait honoured; a longer one falls back to backoff."""
    sleep: Callable[[float], None] = field(default=time.sleep)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_async_sleep)
    monotonic: Callable[[], float] = field(default=time.monotonic)
    wall_clock: Callable[[], float] = field(default=time.time)
    """Seconds since the epoch, to read `retry-after` given as an HTTP date."""
    random: Callable[[], float] = field(default=_random.random)


def should_retry(status: int, headers: Mapping[str, str]) -> bool:
    """Whether an error response is worth retrying; the server's `x-should-retry` wins.

    Header names are case-insensitive (httpx.Headers); the value is compared without case or
    surrounding blanks, so `True`, `true` and ` TRUE ` all mean true. Any other value is
    ignored and the status decides. This is the only place the header is read.
    """
    verdict = headers.get("x-should-retry", "").strip().lower()
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    return status in _RETRYABLE_STATUSES or status >= 500


def retry_after_seconds(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked for none we can read.

    `retry-after-ms` (milliseconds) takes precedence over `retry-after` (seconds, or an HTTP date,
    which is compared with `now()`). A date in the past means "now": 0.
    """
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; a naive parse means the zone was missing
        return None
    return max(when.timestamp() - now(), 0.0)


def backoff_delay(retries_taken: int, policy: RetryPolicy) -> float:
    """Exponential backoff (initial, 2x, 4x … up to max_delay), shortened by a random jitter."""
    base = min(policy.initial_delay * (2.0**retries_taken), policy.max_delay)
    return base * (1.0 - RETRY_JITTER * policy.random())


def retry_delay(
    retries_taken: int, headers: Mapping[str, str] | None, policy: RetryPolicy
) -> float:
    """Seconds to wait before the next attempt: the server's wish if reasonable, else backoff."""
    if headers is not None:
        wanted = retry_after_seconds(headers, now=policy.wall_clock)
        if wanted is not None and wanted <= policy.max_retry_after:
            return wanted
    return backoff_delay(retries_taken, policy)


class Attempts:
    """The retry bookkeeping of one call: how many retries were taken, and whether (and how
    long to wait before) another attempt may start.

    The call's budget is its read timeout: no wait is started that would end past it, so retries
    never stretch a call beyond the timeout the caller gave. The send loop asks `after_failure`
    (nothing usable came back: an exception, or a stream that broke before its first event) or
    `after_status` (an error status); a None answer means "raise now".
    """

    __slots__ = ("_deadline", "_policy", "taken")

    def __init__(self, policy: RetryPolicy, budget: float) -> None:
        self._policy = policy
        self._deadline = policy.monotonic() + budget
        self.taken = 0

    def after_failure(self, transient: bool) -> float | None:
        return self._wait(None) if transient else None

    def after_status(self, status: int, headers: Mapping[str, str]) -> float | None:
        return self._wait(headers) if should_retry(status, headers) else None

    def _wait(self, headers: Mapping[str, str] | None) -> float | None:
        policy = self._policy
        if self.taken >= policy.max_retries:
            return None
        delay = retry_delay(self.taken, headers, policy)
        if policy.monotonic() + delay > self._deadline:
            return None
        self.taken += 1
        return delay
