# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.sessions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.bedrock_sessions import (
        AsyncBedrockSessions as AsyncBedrockSessions,
    )
    from claude_api_client.resources.bedrock_sessions import (
        AsyncBedrockSessionsWithRawResponse as AsyncBedrockSessionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions import (
        AsyncBedrockSessionsWithStreamingResponse as AsyncBedrockSessionsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_sessions import BedrockSessions as BedrockSessions
    from claude_api_client.resources.bedrock_sessions import (
        BedrockSessionsWithRawResponse as BedrockSessionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions import (
        BedrockSessionsWithStreamingResponse as BedrockSessionsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_sessions_events import (
        AsyncBedrockEvents as AsyncBedrockEvents,
    )
    from claude_api_client.resources.bedrock_sessions_events import (
        AsyncBedrockEventsWithRawResponse as AsyncBedrockEventsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions_events import (
        AsyncBedrockEventsWithStreamingResponse as AsyncBedrockEventsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_sessions_events import BedrockEvents as BedrockEvents
    from claude_api_client.resources.bedrock_sessions_events import (
        BedrockEventsWithRawResponse as BedrockEventsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions_events import (
        BedrockEventsWithStreamingResponse as BedrockEventsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_sessions_threads import (
        AsyncBedrockThreads as AsyncBedrockThreads,
    )
    from claude_api_client.resources.bedrock_sessions_threads import (
        AsyncBedrockThreadsWithRawResponse as AsyncBedrockThreadsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions_threads import (
        AsyncBedrockThreadsWithStreamingResponse as AsyncBedrockThreadsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_sessions_threads import (
        BedrockThreads as BedrockThreads,
    )
    from claude_api_client.resources.bedrock_sessions_threads import (
        BedrockThreadsWithRawResponse as BedrockThreadsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions_threads import (
        BedrockThreadsWithStreamingResponse as BedrockThreadsWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrockEvents",
    "AsyncBedrockEventsWithRawResponse",
    "AsyncBedrockEventsWithStreamingResponse",
    "AsyncBedrockSessions",
    "AsyncBedrockSessionsWithRawResponse",
    "AsyncBedrockSessionsWithStreamingResponse",
    "AsyncBedrockThreads",
    "AsyncBedrockThreadsWithRawResponse",
    "AsyncBedrockThreadsWithStreamingResponse",
    "BedrockEvents",
    "BedrockEventsWithRawResponse",
    "BedrockEventsWithStreamingResponse",
    "BedrockSessions",
    "BedrockSessionsWithRawResponse",
    "BedrockSessionsWithStreamingResponse",
    "BedrockThreads",
    "BedrockThreadsWithRawResponse",
    "BedrockThreadsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBedrockEvents": (
        "claude_api_client.resources.bedrock_sessions_events",
        "AsyncBedrockEvents",
    ),
    "AsyncBedrockEventsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions_events",
        "AsyncBedrockEventsWithRawResponse",
    ),
    "AsyncBedrockEventsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions_events",
        "AsyncBedrockEventsWithStreamingResponse",
    ),
    "AsyncBedrockSessions": (
        "claude_api_client.resources.bedrock_sessions",
        "AsyncBedrockSessions",
    ),
    "AsyncBedrockSessionsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "AsyncBedrockSessionsWithRawResponse",
    ),
    "AsyncBedrockSessionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "AsyncBedrockSessionsWithStreamingResponse",
    ),
    "AsyncBedrockThreads": (
        "claude_api_client.resources.bedrock_sessions_threads",
        "AsyncBedrockThreads",
    ),
    "AsyncBedrockThreadsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions_threads",
        "AsyncBedrockThreadsWithRawResponse",
    ),
    "AsyncBedrockThreadsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions_threads",
        "AsyncBedrockThreadsWithStreamingResponse",
    ),
    "BedrockEvents": ("claude_api_client.resources.bedrock_sessions_events", "BedrockEvents"),
    "BedrockEventsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions_events",
        "BedrockEventsWithRawResponse",
    ),
    "BedrockEventsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions_events",
        "BedrockEventsWithStreamingResponse",
    ),
    "BedrockSessions": ("claude_api_client.resources.bedrock_sessions", "BedrockSessions"),
    "BedrockSessionsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "BedrockSessionsWithRawResponse",
    ),
    "BedrockSessionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "BedrockSessionsWithStreamingResponse",
    ),
    "BedrockThreads": ("claude_api_client.resources.bedrock_sessions_threads", "BedrockThreads"),
    "BedrockThreadsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions_threads",
        "BedrockThreadsWithRawResponse",
    ),
    "BedrockThreadsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions_threads",
        "BedrockThreadsWithStreamingResponse",
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
