"""The one fake clock of the test suites: time moves only when the client sleeps on it."""

from __future__ import annotations

import time
from typing import Any

from claude_api_client._core._retry import RetryPolicy

__all__ = ["WALL_START", "FakeClock"]

WALL_START = 1_700_000_000.0


class FakeClock:
    """Monotonic and wall clocks that move when the client sleeps (or a test sets `now`).

    `real_time=True` adds real elapsed time to the monotonic clock, for tests where the network
    itself takes time (a server that hangs) and the budget must see it. `sleeps` (alias
    `delays`) lists every wait the client asked for; nothing is ever slept for real.
    """

    def __init__(self, *, wall_start: float = WALL_START, real_time: bool = False) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self._wall_start = wall_start
        self._started = time.monotonic() if real_time else None

    @property
    def delays(self) -> list[float]:
        return self.sleeps

    def monotonic(self) -> float:
        if self._started is None:
            return self.now
        return self.now + (time.monotonic() - self._started)

    def wall(self) -> float:
        return self._wall_start + (self.now - 1000.0)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self, *, random: float = 0.0, **kwargs: Any) -> RetryPolicy:
        """A retry policy on this clock, jitter pinned (`random`), other fields as given."""
        return RetryPolicy(
            **{
                "sleep": self.sleep,
                "async_sleep": self.async_sleep,
                "monotonic": self.monotonic,
                "wall_clock": self.wall,
                "random": lambda: random,
                **kwargs,
            }
        )
