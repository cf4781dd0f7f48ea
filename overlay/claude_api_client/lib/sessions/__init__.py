"""Helpers for the event streams of managed-agent sessions (beta).

`accumulate_managed_agents_event` turns the preview events a stream sends when asked for
`event_deltas` (`event_start`, then `event_delta` fragments) into a growing `agent.message`
snapshot, so the text can be shown as it is written::

    from claude_api_client.lib.sessions import accumulate_managed_agents_event

    snapshot = None
    for event in stream:
        snapshot = accumulate_managed_agents_event(snapshot, event)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._accumulate import accumulate_managed_agents_event

if TYPE_CHECKING:
    from ._accumulate import AccumulatedEvent as AccumulatedEvent

__all__ = ["AccumulatedEvent", "accumulate_managed_agents_event"]


def __getattr__(name: str) -> Any:
    # `AccumulatedEvent` is the message model: loaded when asked for, not by this import.
    if name == "AccumulatedEvent":
        from . import _accumulate

        return _accumulate.AccumulatedEvent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
