# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.sessions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_sessions import AsyncBetaSessions as AsyncSessions
    from claude_api_client.resources.beta_sessions import (
        AsyncBetaSessionsWithRawResponse as AsyncSessionsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions import (
        AsyncBetaSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions import BetaSessions as Sessions
    from claude_api_client.resources.beta_sessions import (
        BetaSessionsWithRawResponse as SessionsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions import (
        BetaSessionsWithStreamingResponse as SessionsWithStreamingResponse,
    )
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
    from claude_api_client.resources.beta_sessions_resources import (
        AsyncBetaResources as AsyncResources,
    )
    from claude_api_client.resources.beta_sessions_resources import (
        AsyncBetaResourcesWithRawResponse as AsyncResourcesWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_resources import (
        AsyncBetaResourcesWithStreamingResponse as AsyncResourcesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions_resources import BetaResources as Resources
    from claude_api_client.resources.beta_sessions_resources import (
        BetaResourcesWithRawResponse as ResourcesWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_resources import (
        BetaResourcesWithStreamingResponse as ResourcesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions_threads import AsyncBetaThreads as AsyncThreads
    from claude_api_client.resources.beta_sessions_threads import (
        AsyncBetaThreadsWithRawResponse as AsyncThreadsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_threads import (
        AsyncBetaThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions_threads import BetaThreads as Threads
    from claude_api_client.resources.beta_sessions_threads import (
        BetaThreadsWithRawResponse as ThreadsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_threads import (
        BetaThreadsWithStreamingResponse as ThreadsWithStreamingResponse,
    )

__all__ = [
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncEventsWithStreamingResponse",
    "AsyncResources",
    "AsyncResourcesWithRawResponse",
    "AsyncResourcesWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Events",
    "EventsWithRawResponse",
    "EventsWithStreamingResponse",
    "Resources",
    "ResourcesWithRawResponse",
    "ResourcesWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
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
    "AsyncResources": ("claude_api_client.resources.beta_sessions_resources", "AsyncBetaResources"),
    "AsyncResourcesWithRawResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "AsyncBetaResourcesWithRawResponse",
    ),
    "AsyncResourcesWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "AsyncBetaResourcesWithStreamingResponse",
    ),
    "AsyncSessions": ("claude_api_client.resources.beta_sessions", "AsyncBetaSessions"),
    "AsyncSessionsWithRawResponse": (
        "claude_api_client.resources.beta_sessions",
        "AsyncBetaSessionsWithRawResponse",
    ),
    "AsyncSessionsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions",
        "AsyncBetaSessionsWithStreamingResponse",
    ),
    "AsyncThreads": ("claude_api_client.resources.beta_sessions_threads", "AsyncBetaThreads"),
    "AsyncThreadsWithRawResponse": (
        "claude_api_client.resources.beta_sessions_threads",
        "AsyncBetaThreadsWithRawResponse",
    ),
    "AsyncThreadsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_threads",
        "AsyncBetaThreadsWithStreamingResponse",
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
    "Resources": ("claude_api_client.resources.beta_sessions_resources", "BetaResources"),
    "ResourcesWithRawResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "BetaResourcesWithRawResponse",
    ),
    "ResourcesWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "BetaResourcesWithStreamingResponse",
    ),
    "Sessions": ("claude_api_client.resources.beta_sessions", "BetaSessions"),
    "SessionsWithRawResponse": (
        "claude_api_client.resources.beta_sessions",
        "BetaSessionsWithRawResponse",
    ),
    "SessionsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions",
        "BetaSessionsWithStreamingResponse",
    ),
    "Threads": ("claude_api_client.resources.beta_sessions_threads", "BetaThreads"),
    "ThreadsWithRawResponse": (
        "claude_api_client.resources.beta_sessions_threads",
        "BetaThreadsWithRawResponse",
    ),
    "ThreadsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_threads",
        "BetaThreadsWithStreamingResponse",
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
