# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics import Analytics as Analytics
    from claude_api_client.resources.organization_analytics import (
        AnalyticsWithRawResponse as AnalyticsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics import (
        AnalyticsWithStreamingResponse as AnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics import AsyncAnalytics as AsyncAnalytics
    from claude_api_client.resources.organization_analytics import (
        AsyncAnalyticsWithRawResponse as AsyncAnalyticsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics import (
        AsyncAnalyticsWithStreamingResponse as AsyncAnalyticsWithStreamingResponse,
    )
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
    from claude_api_client.resources.organization_analytics_artifacts import Artifacts as Artifacts
    from claude_api_client.resources.organization_analytics_artifacts import (
        ArtifactsWithRawResponse as ArtifactsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        ArtifactsWithStreamingResponse as ArtifactsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        AsyncArtifacts as AsyncArtifacts,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        AsyncArtifactsWithRawResponse as AsyncArtifactsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        AsyncArtifactsWithStreamingResponse as AsyncArtifactsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        AsyncConnectors as AsyncConnectors,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        AsyncConnectorsWithRawResponse as AsyncConnectorsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        AsyncConnectorsWithStreamingResponse as AsyncConnectorsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        Connectors as Connectors,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        ConnectorsWithRawResponse as ConnectorsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        ConnectorsWithStreamingResponse as ConnectorsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_plugins import (
        AsyncPlugins as AsyncPlugins,
    )
    from claude_api_client.resources.organization_analytics_plugins import (
        AsyncPluginsWithRawResponse as AsyncPluginsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_plugins import (
        AsyncPluginsWithStreamingResponse as AsyncPluginsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_plugins import Plugins as Plugins
    from claude_api_client.resources.organization_analytics_plugins import (
        PluginsWithRawResponse as PluginsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_plugins import (
        PluginsWithStreamingResponse as PluginsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_skills import AsyncSkills as AsyncSkills
    from claude_api_client.resources.organization_analytics_skills import (
        AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_skills import (
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_skills import Skills as Skills
    from claude_api_client.resources.organization_analytics_skills import (
        SkillsWithRawResponse as SkillsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_skills import (
        SkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_summaries import (
        AsyncSummaries as AsyncSummaries,
    )
    from claude_api_client.resources.organization_analytics_summaries import (
        AsyncSummariesWithRawResponse as AsyncSummariesWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_summaries import (
        AsyncSummariesWithStreamingResponse as AsyncSummariesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_summaries import Summaries as Summaries
    from claude_api_client.resources.organization_analytics_summaries import (
        SummariesWithRawResponse as SummariesWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_summaries import (
        SummariesWithStreamingResponse as SummariesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_users import AsyncUsers as AsyncUsers
    from claude_api_client.resources.organization_analytics_users import (
        AsyncUsersWithRawResponse as AsyncUsersWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_users import (
        AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_users import Users as Users
    from claude_api_client.resources.organization_analytics_users import (
        UsersWithRawResponse as UsersWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_users import (
        UsersWithStreamingResponse as UsersWithStreamingResponse,
    )

__all__ = [
    "Analytics",
    "AnalyticsWithRawResponse",
    "AnalyticsWithStreamingResponse",
    "Apps",
    "AppsWithRawResponse",
    "AppsWithStreamingResponse",
    "Artifacts",
    "ArtifactsWithRawResponse",
    "ArtifactsWithStreamingResponse",
    "AsyncAnalytics",
    "AsyncAnalyticsWithRawResponse",
    "AsyncAnalyticsWithStreamingResponse",
    "AsyncApps",
    "AsyncAppsWithRawResponse",
    "AsyncAppsWithStreamingResponse",
    "AsyncArtifacts",
    "AsyncArtifactsWithRawResponse",
    "AsyncArtifactsWithStreamingResponse",
    "AsyncConnectors",
    "AsyncConnectorsWithRawResponse",
    "AsyncConnectorsWithStreamingResponse",
    "AsyncPlugins",
    "AsyncPluginsWithRawResponse",
    "AsyncPluginsWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncSummaries",
    "AsyncSummariesWithRawResponse",
    "AsyncSummariesWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "Connectors",
    "ConnectorsWithRawResponse",
    "ConnectorsWithStreamingResponse",
    "Plugins",
    "PluginsWithRawResponse",
    "PluginsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Summaries",
    "SummariesWithRawResponse",
    "SummariesWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Analytics": ("claude_api_client.resources.organization_analytics", "Analytics"),
    "AnalyticsWithRawResponse": (
        "claude_api_client.resources.organization_analytics",
        "AnalyticsWithRawResponse",
    ),
    "AnalyticsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics",
        "AnalyticsWithStreamingResponse",
    ),
    "Apps": ("claude_api_client.resources.organization_analytics_apps", "Apps"),
    "AppsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_apps",
        "AppsWithRawResponse",
    ),
    "AppsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_apps",
        "AppsWithStreamingResponse",
    ),
    "Artifacts": ("claude_api_client.resources.organization_analytics_artifacts", "Artifacts"),
    "ArtifactsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "ArtifactsWithRawResponse",
    ),
    "ArtifactsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "ArtifactsWithStreamingResponse",
    ),
    "AsyncAnalytics": ("claude_api_client.resources.organization_analytics", "AsyncAnalytics"),
    "AsyncAnalyticsWithRawResponse": (
        "claude_api_client.resources.organization_analytics",
        "AsyncAnalyticsWithRawResponse",
    ),
    "AsyncAnalyticsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics",
        "AsyncAnalyticsWithStreamingResponse",
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
    "AsyncArtifacts": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "AsyncArtifacts",
    ),
    "AsyncArtifactsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "AsyncArtifactsWithRawResponse",
    ),
    "AsyncArtifactsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "AsyncArtifactsWithStreamingResponse",
    ),
    "AsyncConnectors": (
        "claude_api_client.resources.organization_analytics_connectors",
        "AsyncConnectors",
    ),
    "AsyncConnectorsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "AsyncConnectorsWithRawResponse",
    ),
    "AsyncConnectorsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "AsyncConnectorsWithStreamingResponse",
    ),
    "AsyncPlugins": ("claude_api_client.resources.organization_analytics_plugins", "AsyncPlugins"),
    "AsyncPluginsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "AsyncPluginsWithRawResponse",
    ),
    "AsyncPluginsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "AsyncPluginsWithStreamingResponse",
    ),
    "AsyncSkills": ("claude_api_client.resources.organization_analytics_skills", "AsyncSkills"),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "AsyncSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "AsyncSkillsWithStreamingResponse",
    ),
    "AsyncSummaries": (
        "claude_api_client.resources.organization_analytics_summaries",
        "AsyncSummaries",
    ),
    "AsyncSummariesWithRawResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "AsyncSummariesWithRawResponse",
    ),
    "AsyncSummariesWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "AsyncSummariesWithStreamingResponse",
    ),
    "AsyncUsers": ("claude_api_client.resources.organization_analytics_users", "AsyncUsers"),
    "AsyncUsersWithRawResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "AsyncUsersWithRawResponse",
    ),
    "AsyncUsersWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "AsyncUsersWithStreamingResponse",
    ),
    "Connectors": ("claude_api_client.resources.organization_analytics_connectors", "Connectors"),
    "ConnectorsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "ConnectorsWithRawResponse",
    ),
    "ConnectorsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "ConnectorsWithStreamingResponse",
    ),
    "Plugins": ("claude_api_client.resources.organization_analytics_plugins", "Plugins"),
    "PluginsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "PluginsWithRawResponse",
    ),
    "PluginsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "PluginsWithStreamingResponse",
    ),
    "Skills": ("claude_api_client.resources.organization_analytics_skills", "Skills"),
    "SkillsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "SkillsWithRawResponse",
    ),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "SkillsWithStreamingResponse",
    ),
    "Summaries": ("claude_api_client.resources.organization_analytics_summaries", "Summaries"),
    "SummariesWithRawResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "SummariesWithRawResponse",
    ),
    "SummariesWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "SummariesWithStreamingResponse",
    ),
    "Users": ("claude_api_client.resources.organization_analytics_users", "Users"),
    "UsersWithRawResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "UsersWithRawResponse",
    ),
    "UsersWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "UsersWithStreamingResponse",
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
