"""Shared helpers of the reliability suite: a retry policy that records instead of sleeping."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claude_api_client._core._retry import RetryPolicy

MODEL = "claude-sonnet-4-5"
NOW = 1_750_000_000.0
"""The wall clock the recording policy reports (for `retry-after` given as an HTTP date)."""


@dataclass
class Recorder:
    """Collects the delays a client asked to sleep, without sleeping."""

    delays: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def policy(self, **overrides: object) -> RetryPolicy:
        """A policy that records its waits, with no jitter and a fixed wall clock."""
        options: dict[str, object] = {
            "sleep": self.sleep,
            "async_sleep": self.async_sleep,
            "random": lambda: 0.0,
            "wall_clock": lambda: NOW,
        }
        options.update(overrides)
        return RetryPolicy(**options)  # type: ignore[arg-type]


def user(text: str) -> Any:
    return [{"role": "user", "content": text}]
