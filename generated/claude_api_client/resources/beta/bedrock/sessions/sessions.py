# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.sessions.sessions` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncBedrockSessions",
    "AsyncBedrockSessionsWithRawResponse",
    "AsyncBedrockSessionsWithStreamingResponse",
    "BedrockSessions",
    "BedrockSessionsWithRawResponse",
    "BedrockSessionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
    "BedrockSessions": ("claude_api_client.resources.bedrock_sessions", "BedrockSessions"),
    "BedrockSessionsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "BedrockSessionsWithRawResponse",
    ),
    "BedrockSessionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "BedrockSessionsWithStreamingResponse",
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
