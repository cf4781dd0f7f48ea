# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalytics as AsyncAnalytics,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalyticsWithRawResponse as AsyncAnalyticsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalyticsWithStreamingResponse as AsyncAnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import BetaAnalytics as Analytics
    from claude_api_client.resources.beta_organization_analytics import (
        BetaAnalyticsWithRawResponse as AnalyticsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        BetaAnalyticsWithStreamingResponse as AnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import (
        AsyncBetaApps as AsyncApps,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import (
        AsyncBetaAppsWithRawResponse as AsyncAppsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import (
        AsyncBetaAppsWithStreamingResponse as AsyncAppsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import BetaApps as Apps
    from claude_api_client.resources.beta_organization_analytics_apps import (
        BetaAppsWithRawResponse as AppsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import (
        BetaAppsWithStreamingResponse as AppsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        AsyncBetaArtifacts as AsyncArtifacts,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        AsyncBetaArtifactsWithRawResponse as AsyncArtifactsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        AsyncBetaArtifactsWithStreamingResponse as AsyncArtifactsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        BetaArtifacts as Artifacts,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        BetaArtifactsWithRawResponse as ArtifactsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        BetaArtifactsWithStreamingResponse as ArtifactsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        AsyncBetaConnectors as AsyncConnectors,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        AsyncBetaConnectorsWithRawResponse as AsyncConnectorsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        AsyncBetaConnectorsWithStreamingResponse as AsyncConnectorsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        BetaConnectors as Connectors,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        BetaConnectorsWithRawResponse as ConnectorsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        BetaConnectorsWithStreamingResponse as ConnectorsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import (
        AsyncBetaCost as AsyncCost,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import (
        AsyncBetaCostWithRawResponse as AsyncCostWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import (
        AsyncBetaCostWithStreamingResponse as AsyncCostWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import BetaCost as Cost
    from claude_api_client.resources.beta_organization_analytics_cost import (
        BetaCostWithRawResponse as CostWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import (
        BetaCostWithStreamingResponse as CostWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        AsyncBetaCostReport as AsyncCostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        AsyncBetaCostReportWithRawResponse as AsyncCostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        AsyncBetaCostReportWithStreamingResponse as AsyncCostReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        BetaCostReport as CostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        BetaCostReportWithRawResponse as CostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        BetaCostReportWithStreamingResponse as CostReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_plugins import (
        AsyncBetaPlugins as AsyncPlugins,
    )
    from claude_api_client.resources.beta_organization_analytics_plugins import (
        AsyncBetaPluginsWithRawResponse as AsyncPluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_plugins import (
        AsyncBetaPluginsWithStreamingResponse as AsyncPluginsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_plugins import (
        BetaPlugins as Plugins,
    )
    from claude_api_client.resources.beta_organization_analytics_plugins import (
        BetaPluginsWithRawResponse as PluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_plugins import (
        BetaPluginsWithStreamingResponse as PluginsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_skills import (
        AsyncBetaSkills as AsyncSkills,
    )
    from claude_api_client.resources.beta_organization_analytics_skills import (
        AsyncBetaSkillsWithRawResponse as AsyncSkillsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_skills import (
        AsyncBetaSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_skills import BetaSkills as Skills
    from claude_api_client.resources.beta_organization_analytics_skills import (
        BetaSkillsWithRawResponse as SkillsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_skills import (
        BetaSkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        AsyncBetaSummaries as AsyncSummaries,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        AsyncBetaSummariesWithRawResponse as AsyncSummariesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        AsyncBetaSummariesWithStreamingResponse as AsyncSummariesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        BetaSummaries as Summaries,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        BetaSummariesWithRawResponse as SummariesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        BetaSummariesWithStreamingResponse as SummariesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import (
        AsyncBetaUsage as AsyncUsage,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import (
        AsyncBetaUsageWithRawResponse as AsyncUsageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import (
        AsyncBetaUsageWithStreamingResponse as AsyncUsageWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import BetaUsage as Usage
    from claude_api_client.resources.beta_organization_analytics_usage import (
        BetaUsageWithRawResponse as UsageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import (
        BetaUsageWithStreamingResponse as UsageWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        AsyncBetaUsageReport as AsyncUsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        AsyncBetaUsageReportWithRawResponse as AsyncUsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        AsyncBetaUsageReportWithStreamingResponse as AsyncUsageReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        BetaUsageReport as UsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        BetaUsageReportWithRawResponse as UsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        BetaUsageReportWithStreamingResponse as UsageReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        AsyncBetaUserCostReport as AsyncUserCostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        AsyncBetaUserCostReportWithRawResponse as AsyncUserCostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        AsyncBetaUserCostReportWithStreamingResponse as AsyncUserCostReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        BetaUserCostReport as UserCostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        BetaUserCostReportWithRawResponse as UserCostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        BetaUserCostReportWithStreamingResponse as UserCostReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        AsyncBetaUserUsageReport as AsyncUserUsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        AsyncBetaUserUsageReportWithRawResponse as AsyncUserUsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        AsyncBetaUserUsageReportWithStreamingResponse as AsyncUserUsageReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        BetaUserUsageReport as UserUsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        BetaUserUsageReportWithRawResponse as UserUsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        BetaUserUsageReportWithStreamingResponse as UserUsageReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_users import (
        AsyncBetaUsers as AsyncUsers,
    )
    from claude_api_client.resources.beta_organization_analytics_users import (
        AsyncBetaUsersWithRawResponse as AsyncUsersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_users import (
        AsyncBetaUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_users import BetaUsers as Users
    from claude_api_client.resources.beta_organization_analytics_users import (
        BetaUsersWithRawResponse as UsersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_users import (
        BetaUsersWithStreamingResponse as UsersWithStreamingResponse,
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
    "AsyncCost",
    "AsyncCostReport",
    "AsyncCostReportWithRawResponse",
    "AsyncCostReportWithStreamingResponse",
    "AsyncCostWithRawResponse",
    "AsyncCostWithStreamingResponse",
    "AsyncPlugins",
    "AsyncPluginsWithRawResponse",
    "AsyncPluginsWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncSummaries",
    "AsyncSummariesWithRawResponse",
    "AsyncSummariesWithStreamingResponse",
    "AsyncUsage",
    "AsyncUsageReport",
    "AsyncUsageReportWithRawResponse",
    "AsyncUsageReportWithStreamingResponse",
    "AsyncUsageWithRawResponse",
    "AsyncUsageWithStreamingResponse",
    "AsyncUserCostReport",
    "AsyncUserCostReportWithRawResponse",
    "AsyncUserCostReportWithStreamingResponse",
    "AsyncUserUsageReport",
    "AsyncUserUsageReportWithRawResponse",
    "AsyncUserUsageReportWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "Connectors",
    "ConnectorsWithRawResponse",
    "ConnectorsWithStreamingResponse",
    "Cost",
    "CostReport",
    "CostReportWithRawResponse",
    "CostReportWithStreamingResponse",
    "CostWithRawResponse",
    "CostWithStreamingResponse",
    "Plugins",
    "PluginsWithRawResponse",
    "PluginsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Summaries",
    "SummariesWithRawResponse",
    "SummariesWithStreamingResponse",
    "Usage",
    "UsageReport",
    "UsageReportWithRawResponse",
    "UsageReportWithStreamingResponse",
    "UsageWithRawResponse",
    "UsageWithStreamingResponse",
    "UserCostReport",
    "UserCostReportWithRawResponse",
    "UserCostReportWithStreamingResponse",
    "UserUsageReport",
    "UserUsageReportWithRawResponse",
    "UserUsageReportWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Analytics": ("claude_api_client.resources.beta_organization_analytics", "BetaAnalytics"),
    "AnalyticsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "BetaAnalyticsWithRawResponse",
    ),
    "AnalyticsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "BetaAnalyticsWithStreamingResponse",
    ),
    "Apps": ("claude_api_client.resources.beta_organization_analytics_apps", "BetaApps"),
    "AppsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "BetaAppsWithRawResponse",
    ),
    "AppsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "BetaAppsWithStreamingResponse",
    ),
    "Artifacts": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "BetaArtifacts",
    ),
    "ArtifactsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "BetaArtifactsWithRawResponse",
    ),
    "ArtifactsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "BetaArtifactsWithStreamingResponse",
    ),
    "AsyncAnalytics": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalytics",
    ),
    "AsyncAnalyticsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalyticsWithRawResponse",
    ),
    "AsyncAnalyticsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalyticsWithStreamingResponse",
    ),
    "AsyncApps": ("claude_api_client.resources.beta_organization_analytics_apps", "AsyncBetaApps"),
    "AsyncAppsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "AsyncBetaAppsWithRawResponse",
    ),
    "AsyncAppsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "AsyncBetaAppsWithStreamingResponse",
    ),
    "AsyncArtifacts": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "AsyncBetaArtifacts",
    ),
    "AsyncArtifactsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "AsyncBetaArtifactsWithRawResponse",
    ),
    "AsyncArtifactsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "AsyncBetaArtifactsWithStreamingResponse",
    ),
    "AsyncConnectors": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "AsyncBetaConnectors",
    ),
    "AsyncConnectorsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "AsyncBetaConnectorsWithRawResponse",
    ),
    "AsyncConnectorsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "AsyncBetaConnectorsWithStreamingResponse",
    ),
    "AsyncCost": ("claude_api_client.resources.beta_organization_analytics_cost", "AsyncBetaCost"),
    "AsyncCostReport": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "AsyncBetaCostReport",
    ),
    "AsyncCostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "AsyncBetaCostReportWithRawResponse",
    ),
    "AsyncCostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "AsyncBetaCostReportWithStreamingResponse",
    ),
    "AsyncCostWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "AsyncBetaCostWithRawResponse",
    ),
    "AsyncCostWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "AsyncBetaCostWithStreamingResponse",
    ),
    "AsyncPlugins": (
        "claude_api_client.resources.beta_organization_analytics_plugins",
        "AsyncBetaPlugins",
    ),
    "AsyncPluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_plugins",
        "AsyncBetaPluginsWithRawResponse",
    ),
    "AsyncPluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_plugins",
        "AsyncBetaPluginsWithStreamingResponse",
    ),
    "AsyncSkills": (
        "claude_api_client.resources.beta_organization_analytics_skills",
        "AsyncBetaSkills",
    ),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_skills",
        "AsyncBetaSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_skills",
        "AsyncBetaSkillsWithStreamingResponse",
    ),
    "AsyncSummaries": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "AsyncBetaSummaries",
    ),
    "AsyncSummariesWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "AsyncBetaSummariesWithRawResponse",
    ),
    "AsyncSummariesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "AsyncBetaSummariesWithStreamingResponse",
    ),
    "AsyncUsage": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "AsyncBetaUsage",
    ),
    "AsyncUsageReport": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "AsyncBetaUsageReport",
    ),
    "AsyncUsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "AsyncBetaUsageReportWithRawResponse",
    ),
    "AsyncUsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "AsyncBetaUsageReportWithStreamingResponse",
    ),
    "AsyncUsageWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "AsyncBetaUsageWithRawResponse",
    ),
    "AsyncUsageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "AsyncBetaUsageWithStreamingResponse",
    ),
    "AsyncUserCostReport": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "AsyncBetaUserCostReport",
    ),
    "AsyncUserCostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "AsyncBetaUserCostReportWithRawResponse",
    ),
    "AsyncUserCostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "AsyncBetaUserCostReportWithStreamingResponse",
    ),
    "AsyncUserUsageReport": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "AsyncBetaUserUsageReport",
    ),
    "AsyncUserUsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "AsyncBetaUserUsageReportWithRawResponse",
    ),
    "AsyncUserUsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "AsyncBetaUserUsageReportWithStreamingResponse",
    ),
    "AsyncUsers": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "AsyncBetaUsers",
    ),
    "AsyncUsersWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "AsyncBetaUsersWithRawResponse",
    ),
    "AsyncUsersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "AsyncBetaUsersWithStreamingResponse",
    ),
    "Connectors": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "BetaConnectors",
    ),
    "ConnectorsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "BetaConnectorsWithRawResponse",
    ),
    "ConnectorsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "BetaConnectorsWithStreamingResponse",
    ),
    "Cost": ("claude_api_client.resources.beta_organization_analytics_cost", "BetaCost"),
    "CostReport": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "BetaCostReport",
    ),
    "CostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "BetaCostReportWithRawResponse",
    ),
    "CostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "BetaCostReportWithStreamingResponse",
    ),
    "CostWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "BetaCostWithRawResponse",
    ),
    "CostWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "BetaCostWithStreamingResponse",
    ),
    "Plugins": ("claude_api_client.resources.beta_organization_analytics_plugins", "BetaPlugins"),
    "PluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_plugins",
        "BetaPluginsWithRawResponse",
    ),
    "PluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_plugins",
        "BetaPluginsWithStreamingResponse",
    ),
    "Skills": ("claude_api_client.resources.beta_organization_analytics_skills", "BetaSkills"),
    "SkillsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_skills",
        "BetaSkillsWithRawResponse",
    ),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_skills",
        "BetaSkillsWithStreamingResponse",
    ),
    "Summaries": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "BetaSummaries",
    ),
    "SummariesWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "BetaSummariesWithRawResponse",
    ),
    "SummariesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "BetaSummariesWithStreamingResponse",
    ),
    "Usage": ("claude_api_client.resources.beta_organization_analytics_usage", "BetaUsage"),
    "UsageReport": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "BetaUsageReport",
    ),
    "UsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "BetaUsageReportWithRawResponse",
    ),
    "UsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "BetaUsageReportWithStreamingResponse",
    ),
    "UsageWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "BetaUsageWithRawResponse",
    ),
    "UsageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "BetaUsageWithStreamingResponse",
    ),
    "UserCostReport": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "BetaUserCostReport",
    ),
    "UserCostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "BetaUserCostReportWithRawResponse",
    ),
    "UserCostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "BetaUserCostReportWithStreamingResponse",
    ),
    "UserUsageReport": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "BetaUserUsageReport",
    ),
    "UserUsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "BetaUserUsageReportWithRawResponse",
    ),
    "UserUsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "BetaUserUsageReportWithStreamingResponse",
    ),
    "Users": ("claude_api_client.resources.beta_organization_analytics_users", "BetaUsers"),
    "UsersWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "BetaUsersWithRawResponse",
    ),
    "UsersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "BetaUsersWithStreamingResponse",
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
