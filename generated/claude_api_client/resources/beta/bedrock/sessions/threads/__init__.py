# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.sessions.threads` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from claude_api_client.resources.bedrock_sessions_threads_events import (
        AsyncBedrockEvents as AsyncBedrockEvents,
    )
    from claude_api_client.resources.bedrock_sessions_threads_events import (
        AsyncBedrockEventsWithRawResponse as AsyncBedrockEventsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions_threads_events import (
        AsyncBedrockEventsWithStreamingResponse as AsyncBedrockEventsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_sessions_threads_events import (
        BedrockEvents as BedrockEvents,
    )
    from claude_api_client.resources.bedrock_sessions_threads_events import (
        BedrockEventsWithRawResponse as BedrockEventsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions_threads_events import (
        BedrockEventsWithStreamingResponse as BedrockEventsWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrockEvents",
    "AsyncBedrockEventsWithRawResponse",
    "AsyncBedrockEventsWithStreamingResponse",
    "AsyncBedrockThreads",
    "AsyncBedrockThreadsWithRawResponse",
    "AsyncBedrockThreadsWithStreamingResponse",
    "BedrockEvents",
    "BedrockEventsWithRawResponse",
    "BedrockEventsWithStreamingResponse",
    "BedrockThreads",
    "BedrockThreadsWithRawResponse",
    "BedrockThreadsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBedrockEvents": (
        "claude_api_client.resources.bedrock_sessions_threads_events",
        "AsyncBedrockEvents",
    ),
    "AsyncBedrockEventsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions_threads_events",
        "AsyncBedrockEventsWithRawResponse",
    ),
    "AsyncBedrockEventsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions_threads_events",
        "AsyncBedrockEventsWithStreamingResponse",
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
    "BedrockEvents": (
        "claude_api_client.resources.bedrock_sessions_threads_events",
        "BedrockEvents",
    ),
    "BedrockEventsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions_threads_events",
        "BedrockEventsWithRawResponse",
    ),
    "BedrockEventsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions_threads_events",
        "BedrockEventsWithStreamingResponse",
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
