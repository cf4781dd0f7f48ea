# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.apps.chat` of the official package: its names, lazily."""

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
    from claude_api_client.resources.beta_organization_analytics_apps_chat_projects import (
        AsyncBetaProjects as AsyncProjects,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat_projects import (
        AsyncBetaProjectsWithRawResponse as AsyncProjectsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat_projects import (
        AsyncBetaProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat_projects import (
        BetaProjects as Projects,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat_projects import (
        BetaProjectsWithRawResponse as ProjectsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps_chat_projects import (
        BetaProjectsWithStreamingResponse as ProjectsWithStreamingResponse,
    )

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncProjectsWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
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
    "AsyncProjects": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat_projects",
        "AsyncBetaProjects",
    ),
    "AsyncProjectsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat_projects",
        "AsyncBetaProjectsWithRawResponse",
    ),
    "AsyncProjectsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat_projects",
        "AsyncBetaProjectsWithStreamingResponse",
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
    "Projects": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat_projects",
        "BetaProjects",
    ),
    "ProjectsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat_projects",
        "BetaProjectsWithRawResponse",
    ),
    "ProjectsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps_chat_projects",
        "BetaProjectsWithStreamingResponse",
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
