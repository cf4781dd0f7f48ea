# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.sessions.threads.threads` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncBedrockThreads",
    "AsyncBedrockThreadsWithRawResponse",
    "AsyncBedrockThreadsWithStreamingResponse",
    "BedrockThreads",
    "BedrockThreadsWithRawResponse",
    "BedrockThreadsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
