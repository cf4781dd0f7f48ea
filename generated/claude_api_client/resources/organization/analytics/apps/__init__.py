# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.apps` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_apps import Apps as Apps
    from claude_api_client.resources.organization_analytics_apps import (
        AppsWithRawResponse as AppsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_apps import (
        AppsWithStreamingResponse as AppsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_apps import AsyncApps as AsyncApps
    from claude_api_client.resources.organization_analytics_apps import (
        AsyncAppsWithRawResponse as AsyncAppsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_apps import (
        AsyncAppsWithStreamingResponse as AsyncAppsWithStreamingResponse,
    )
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
    "Apps",
    "AppsWithRawResponse",
    "AppsWithStreamingResponse",
    "AsyncApps",
    "AsyncAppsWithRawResponse",
    "AsyncAppsWithStreamingResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Apps": ("claude_api_client.resources.organization_analytics_apps", "Apps"),
    "AppsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps",
        "AppsWithRawResponse",
    ),
    "AppsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps",
        "AppsWithStreamingResponse",
    ),
    "AsyncApps": ("claude_api_client.resources.organization_analytics_apps", "AsyncApps"),
    "AsyncAppsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps",
        "AsyncAppsWithRawResponse",
    ),
    "AsyncAppsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps",
        "AsyncAppsWithStreamingResponse",
    ),
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
