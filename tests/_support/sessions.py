"""Reading a managed-agents session's event stream the way the tests do: up to the turn's end."""

from __future__ import annotations

from typing import Any

__all__ = ["until_idle"]


def until_idle(stream: Any) -> list[Any]:
    """The events of `stream` (opened and closed here) up to and including the first
    `session.status_idle`: a turn has ended, and the stream would otherwise wait for more."""
    seen: list[Any] = []
    with stream:
        for event in stream:
            seen.append(event)
            if event.type == "session.status_idle":
                break
    return seen
