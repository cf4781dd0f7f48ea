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

from ._accumulate import AccumulatedEvent, accumulate_managed_agents_event

__all__ = ["AccumulatedEvent", "accumulate_managed_agents_event"]
