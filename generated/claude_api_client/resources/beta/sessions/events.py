# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.sessions.events` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_sessions_events import AsyncBetaEvents as AsyncEvents
    from claude_api_client.resources.beta_sessions_events import (
        AsyncBetaEventsWithRawResponse as AsyncEventsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_events import (
        AsyncBetaEventsWithStreamingResponse as AsyncEventsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions_events import BetaEvents as Events
    from claude_api_client.resources.beta_sessions_events import (
        BetaEventsWithRawResponse as EventsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_events import (
        BetaEventsWithStreamingResponse as EventsWithStreamingResponse,
    )

__all__ = [
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncEventsWithStreamingResponse",
    "Events",
    "EventsWithRawResponse",
    "EventsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncEvents": ("claude_api_client.resources.beta_sessions_events", "AsyncBetaEvents"),
    "AsyncEventsWithRawResponse": (
        "claude_api_client.resources.beta_sessions_events",
        "AsyncBetaEventsWithRawResponse",
    ),
    "AsyncEventsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_events",
        "AsyncBetaEventsWithStreamingResponse",
    ),
    "Events": ("claude_api_client.resources.beta_sessions_events", "BetaEvents"),
    "EventsWithRawResponse": (
        "claude_api_client.resources.beta_sessions_events",
        "BetaEventsWithRawResponse",
    ),
    "EventsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_events",
        "BetaEventsWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
