"""Shared helpers of the reliability suite: a retry policy that records instead of sleeping."""

from __future__ import annotations

from typing import Any

from _support.clock import FakeClock

MODEL = "claude-sonnet-4-5"
NOW = 1_750_000_000.0
"""The wall clock the recording policy reports (for `retry-after` given as an HTTP date)."""


def Recorder() -> FakeClock:
    """A clock that records the client's waits without sleeping, and sees real elapsed time
    (servers that hang take real time); `retry-after` dates are read against NOW."""
    return FakeClock(wall_start=NOW, real_time=True)


def user(text: str) -> Any:
    return [{"role": "user", "content": text}]
