# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.apps.chat.chat` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_apps_chat import AsyncChat as AsyncChat
    from claude_api_client.resources.organization_analytics_apps_chat import (
        AsyncChatWithRawResponse as AsyncChatWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_apps_chat import (
        AsyncChatWithStreamingResponse as AsyncChatWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_apps_chat import Chat as Chat
    from claude_api_client.resources.organization_analytics_apps_chat import (
        ChatWithRawResponse as ChatWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_apps_chat import (
        ChatWithStreamingResponse as ChatWithStreamingResponse,
    )

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncChat": ("claude_api_client.resources.organization_analytics_apps_chat", "AsyncChat"),
    "AsyncChatWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat",
        "AsyncChatWithRawResponse",
    ),
    "AsyncChatWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat",
        "AsyncChatWithStreamingResponse",
    ),
    "Chat": ("claude_api_client.resources.organization_analytics_apps_chat", "Chat"),
    "ChatWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat",
        "ChatWithRawResponse",
    ),
    "ChatWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat",
        "ChatWithStreamingResponse",
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
