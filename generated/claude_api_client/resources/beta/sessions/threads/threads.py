# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.sessions.threads.threads` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncThreads": ("claude_api_client.resources.beta_sessions_threads", "AsyncBetaThreads"),
    "AsyncThreadsWithRawResponse": (
        "claude_api_client.resources.beta_sessions_threads",
        "AsyncBetaThreadsWithRawResponse",
    ),
    "AsyncThreadsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_threads",
        "AsyncBetaThreadsWithStreamingResponse",
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
