# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.sessions.sessions` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncSessions": ("claude_api_client.resources.beta_sessions", "AsyncBetaSessions"),
    "AsyncSessionsWithRawResponse": (
        "claude_api_client.resources.beta_sessions",
        "AsyncBetaSessionsWithRawResponse",
    ),
    "AsyncSessionsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions",
        "AsyncBetaSessionsWithStreamingResponse",
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
