# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.apps.chat.projects` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncProjectsWithStreamingResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
