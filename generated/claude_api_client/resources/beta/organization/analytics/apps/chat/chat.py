# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.apps.chat.chat` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_apps_chat import (
        AsyncBetaChat as AsyncChat,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat import (
        AsyncBetaChatWithRawResponse as AsyncChatWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat import (
        AsyncBetaChatWithStreamingResponse as AsyncChatWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat import BetaChat as Chat
    from claude_api_client.resources.beta_organization_analytics_apps_chat import (
        BetaChatWithRawResponse as ChatWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat import (
        BetaChatWithStreamingResponse as ChatWithStreamingResponse,
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
    "AsyncChat": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat",
        "AsyncBetaChat",
    ),
    "AsyncChatWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat",
        "AsyncBetaChatWithRawResponse",
    ),
    "AsyncChatWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat",
        "AsyncBetaChatWithStreamingResponse",
    ),
    "Chat": ("claude_api_client.resources.beta_organization_analytics_apps_chat", "BetaChat"),
    "ChatWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat",
        "BetaChatWithRawResponse",
    ),
    "ChatWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat",
        "BetaChatWithStreamingResponse",
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
