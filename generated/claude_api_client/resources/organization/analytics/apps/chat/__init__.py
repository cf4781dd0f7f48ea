# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.apps.chat` of the official package: its names, lazily."""

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
    from claude_api_client.resources.organization_analytics_apps_chat_projects import (
        AsyncProjects as AsyncProjects,
    )
    from claude_api_client.resources.organization_analytics_apps_chat_projects import (
        AsyncProjectsWithRawResponse as AsyncProjectsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_apps_chat_projects import (
        AsyncProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_apps_chat_projects import (
        Projects as Projects,
    )
    from claude_api_client.resources.organization_analytics_apps_chat_projects import (
        ProjectsWithRawResponse as ProjectsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_apps_chat_projects import (
        ProjectsWithStreamingResponse as ProjectsWithStreamingResponse,
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
    "AsyncChat": ("claude_api_client.resources.organization_analytics_apps_chat", "AsyncChat"),
    "AsyncChatWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat",
        "AsyncChatWithRawResponse",
    ),
    "AsyncChatWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat",
        "AsyncChatWithStreamingResponse",
    ),
    "AsyncProjects": (
        "claude_api_client.resources.organization_analytics_apps_chat_projects",
        "AsyncProjects",
    ),
    "AsyncProjectsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat_projects",
        "AsyncProjectsWithRawResponse",
    ),
    "AsyncProjectsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat_projects",
        "AsyncProjectsWithStreamingResponse",
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
    "Projects": (
        "claude_api_client.resources.organization_analytics_apps_chat_projects",
        "Projects",
    ),
    "ProjectsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat_projects",
        "ProjectsWithRawResponse",
    ),
    "ProjectsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps_chat_projects",
        "ProjectsWithStreamingResponse",
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
