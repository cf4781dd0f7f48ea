# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_analytics_apps import (
        AsyncBetaApps,
        AsyncBetaAppsWithRawResponse,
        AsyncBetaAppsWithStreamingResponse,
        BetaApps,
        BetaAppsWithRawResponse,
        BetaAppsWithStreamingResponse,
    )
    from .beta_organization_analytics_artifacts import (
        AsyncBetaArtifacts,
        AsyncBetaArtifactsWithRawResponse,
        AsyncBetaArtifactsWithStreamingResponse,
        BetaArtifacts,
        BetaArtifactsWithRawResponse,
        BetaArtifactsWithStreamingResponse,
    )
    from .beta_organization_analytics_connectors import (
        AsyncBetaConnectors,
        AsyncBetaConnectorsWithRawResponse,
        AsyncBetaConnectorsWithStreamingResponse,
        BetaConnectors,
        BetaConnectorsWithRawResponse,
        BetaConnectorsWithStreamingResponse,
    )
    from .beta_organization_analytics_cost import (
        AsyncBetaCost,
        AsyncBetaCostWithRawResponse,
        AsyncBetaCostWithStreamingResponse,
        BetaCost,
        BetaCostWithRawResponse,
        BetaCostWithStreamingResponse,
    )
    from .beta_organization_analytics_cost_report import (
        AsyncBetaCostReport,
        AsyncBetaCostReportWithRawResponse,
        AsyncBetaCostReportWithStreamingResponse,
        BetaCostReport,
        BetaCostReportWithRawResponse,
        BetaCostReportWithStreamingResponse,
    )
    from .beta_organization_analytics_plugins import (
        AsyncBetaPlugins,
        AsyncBetaPluginsWithRawResponse,
        AsyncBetaPluginsWithStreamingResponse,
        BetaPlugins,
        BetaPluginsWithRawResponse,
        BetaPluginsWithStreamingResponse,
    )
    from .beta_organization_analytics_skills import (
        AsyncBetaSkills,
        AsyncBetaSkillsWithRawResponse,
        AsyncBetaSkillsWithStreamingResponse,
        BetaSkills,
        BetaSkillsWithRawResponse,
        BetaSkillsWithStreamingResponse,
    )
    from .beta_organization_analytics_summaries import (
        AsyncBetaSummaries,
        AsyncBetaSummariesWithRawResponse,
        AsyncBetaSummariesWithStreamingResponse,
        BetaSummaries,
        BetaSummariesWithRawResponse,
        BetaSummariesWithStreamingResponse,
    )
    from .beta_organization_analytics_usage import (
        AsyncBetaUsage,
        AsyncBetaUsageWithRawResponse,
        AsyncBetaUsageWithStreamingResponse,
        BetaUsage,
        BetaUsageWithRawResponse,
        BetaUsageWithStreamingResponse,
    )
    from .beta_organization_analytics_usage_report import (
        AsyncBetaUsageReport,
        AsyncBetaUsageReportWithRawResponse,
        AsyncBetaUsageReportWithStreamingResponse,
        BetaUsageReport,
        BetaUsageReportWithRawResponse,
        BetaUsageReportWithStreamingResponse,
    )
    from .beta_organization_analytics_user_cost_report import (
        AsyncBetaUserCostReport,
        AsyncBetaUserCostReportWithRawResponse,
        AsyncBetaUserCostReportWithStreamingResponse,
        BetaUserCostReport,
        BetaUserCostReportWithRawResponse,
        BetaUserCostReportWithStreamingResponse,
    )
    from .beta_organization_analytics_user_usage_report import (
        AsyncBetaUserUsageReport,
        AsyncBetaUserUsageReportWithRawResponse,
        AsyncBetaUserUsageReportWithStreamingResponse,
        BetaUserUsageReport,
        BetaUserUsageReportWithRawResponse,
        BetaUserUsageReportWithStreamingResponse,
    )
    from .beta_organization_analytics_users import (
        AsyncBetaUsers,
        AsyncBetaUsersWithRawResponse,
        AsyncBetaUsersWithStreamingResponse,
        BetaUsers,
        BetaUsersWithRawResponse,
        BetaUsersWithStreamingResponse,
    )

__all__ = ["BetaAnalytics", "AsyncBetaAnalytics"]


class BetaAnalytics(SyncResource):
    """`client.beta.organization.analytics`: the beta.organization.analytics operations of the Claude API."""

    @cached_property
    def apps(self) -> BetaApps:
        from .beta_organization_analytics_apps import BetaApps

        return BetaApps(self._client)

    @cached_property
    def artifacts(self) -> BetaArtifacts:
        from .beta_organization_analytics_artifacts import BetaArtifacts

        return BetaArtifacts(self._client)

    @cached_property
    def connectors(self) -> BetaConnectors:
        from .beta_organization_analytics_connectors import BetaConnectors

        return BetaConnectors(self._client)

    @cached_property
    def cost(self) -> BetaCost:
        from .beta_organization_analytics_cost import BetaCost

        return BetaCost(self._client)

    @cached_property
    def cost_report(self) -> BetaCostReport:
        from .beta_organization_analytics_cost_report import BetaCostReport

        return BetaCostReport(self._client)

    @cached_property
    def plugins(self) -> BetaPlugins:
        from .beta_organization_analytics_plugins import BetaPlugins

        return BetaPlugins(self._client)

    @cached_property
    def skills(self) -> BetaSkills:
        from .beta_organization_analytics_skills import BetaSkills

        return BetaSkills(self._client)

    @cached_property
    def summaries(self) -> BetaSummaries:
        from .beta_organization_analytics_summaries import BetaSummaries

        return BetaSummaries(self._client)

    @cached_property
    def usage(self) -> BetaUsage:
        from .beta_organization_analytics_usage import BetaUsage

        return BetaUsage(self._client)

    @cached_property
    def usage_report(self) -> BetaUsageReport:
        from .beta_organization_analytics_usage_report import BetaUsageReport

        return BetaUsageReport(self._client)

    @cached_property
    def user_cost_report(self) -> BetaUserCostReport:
        from .beta_organization_analytics_user_cost_report import BetaUserCostReport

        return BetaUserCostReport(self._client)

    @cached_property
    def user_usage_report(self) -> BetaUserUsageReport:
        from .beta_organization_analytics_user_usage_report import BetaUserUsageReport

        return BetaUserUsageReport(self._client)

    @cached_property
    def users(self) -> BetaUsers:
        from .beta_organization_analytics_users import BetaUsers

        return BetaUsers(self._client)

    @cached_property
    def with_raw_response(self) -> BetaAnalyticsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaAnalyticsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAnalyticsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaAnalyticsWithStreamingResponse(self)


class BetaAnalyticsWithRawResponse:
    """`BetaAnalytics`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaAnalytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> BetaAppsWithRawResponse:
        from .beta_organization_analytics_apps import BetaAppsWithRawResponse

        return BetaAppsWithRawResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> BetaArtifactsWithRawResponse:
        from .beta_organization_analytics_artifacts import BetaArtifactsWithRawResponse

        return BetaArtifactsWithRawResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> BetaConnectorsWithRawResponse:
        from .beta_organization_analytics_connectors import BetaConnectorsWithRawResponse

        return BetaConnectorsWithRawResponse(self._resource.connectors)

    @cached_property
    def cost(self) -> BetaCostWithRawResponse:
        from .beta_organization_analytics_cost import BetaCostWithRawResponse

        return BetaCostWithRawResponse(self._resource.cost)

    @cached_property
    def cost_report(self) -> BetaCostReportWithRawResponse:
        from .beta_organization_analytics_cost_report import BetaCostReportWithRawResponse

        return BetaCostReportWithRawResponse(self._resource.cost_report)

    @cached_property
    def plugins(self) -> BetaPluginsWithRawResponse:
        from .beta_organization_analytics_plugins import BetaPluginsWithRawResponse

        return BetaPluginsWithRawResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> BetaSkillsWithRawResponse:
        from .beta_organization_analytics_skills import BetaSkillsWithRawResponse

        return BetaSkillsWithRawResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> BetaSummariesWithRawResponse:
        from .beta_organization_analytics_summaries import BetaSummariesWithRawResponse

        return BetaSummariesWithRawResponse(self._resource.summaries)

    @cached_property
    def usage(self) -> BetaUsageWithRawResponse:
        from .beta_organization_analytics_usage import BetaUsageWithRawResponse

        return BetaUsageWithRawResponse(self._resource.usage)

    @cached_property
    def usage_report(self) -> BetaUsageReportWithRawResponse:
        from .beta_organization_analytics_usage_report import BetaUsageReportWithRawResponse

        return BetaUsageReportWithRawResponse(self._resource.usage_report)

    @cached_property
    def user_cost_report(self) -> BetaUserCostReportWithRawResponse:
        from .beta_organization_analytics_user_cost_report import BetaUserCostReportWithRawResponse

        return BetaUserCostReportWithRawResponse(self._resource.user_cost_report)

    @cached_property
    def user_usage_report(self) -> BetaUserUsageReportWithRawResponse:
        from .beta_organization_analytics_user_usage_report import (
            BetaUserUsageReportWithRawResponse,
        )

        return BetaUserUsageReportWithRawResponse(self._resource.user_usage_report)

    @cached_property
    def users(self) -> BetaUsersWithRawResponse:
        from .beta_organization_analytics_users import BetaUsersWithRawResponse

        return BetaUsersWithRawResponse(self._resource.users)


class BetaAnalyticsWithStreamingResponse:
    """`BetaAnalytics`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaAnalytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> BetaAppsWithStreamingResponse:
        from .beta_organization_analytics_apps import BetaAppsWithStreamingResponse

        return BetaAppsWithStreamingResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> BetaArtifactsWithStreamingResponse:
        from .beta_organization_analytics_artifacts import BetaArtifactsWithStreamingResponse

        return BetaArtifactsWithStreamingResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> BetaConnectorsWithStreamingResponse:
        from .beta_organization_analytics_connectors import BetaConnectorsWithStreamingResponse

        return BetaConnectorsWithStreamingResponse(self._resource.connectors)

    @cached_property
    def cost(self) -> BetaCostWithStreamingResponse:
        from .beta_organization_analytics_cost import BetaCostWithStreamingResponse

        return BetaCostWithStreamingResponse(self._resource.cost)

    @cached_property
    def cost_report(self) -> BetaCostReportWithStreamingResponse:
        from .beta_organization_analytics_cost_report import BetaCostReportWithStreamingResponse

        return BetaCostReportWithStreamingResponse(self._resource.cost_report)

    @cached_property
    def plugins(self) -> BetaPluginsWithStreamingResponse:
        from .beta_organization_analytics_plugins import BetaPluginsWithStreamingResponse

        return BetaPluginsWithStreamingResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> BetaSkillsWithStreamingResponse:
        from .beta_organization_analytics_skills import BetaSkillsWithStreamingResponse

        return BetaSkillsWithStreamingResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> BetaSummariesWithStreamingResponse:
        from .beta_organization_analytics_summaries import BetaSummariesWithStreamingResponse

        return BetaSummariesWithStreamingResponse(self._resource.summaries)

    @cached_property
    def usage(self) -> BetaUsageWithStreamingResponse:
        from .beta_organization_analytics_usage import BetaUsageWithStreamingResponse

        return BetaUsageWithStreamingResponse(self._resource.usage)

    @cached_property
    def usage_report(self) -> BetaUsageReportWithStreamingResponse:
        from .beta_organization_analytics_usage_report import BetaUsageReportWithStreamingResponse

        return BetaUsageReportWithStreamingResponse(self._resource.usage_report)

    @cached_property
    def user_cost_report(self) -> BetaUserCostReportWithStreamingResponse:
        from .beta_organization_analytics_user_cost_report import (
            BetaUserCostReportWithStreamingResponse,
        )

        return BetaUserCostReportWithStreamingResponse(self._resource.user_cost_report)

    @cached_property
    def user_usage_report(self) -> BetaUserUsageReportWithStreamingResponse:
        from .beta_organization_analytics_user_usage_report import (
            BetaUserUsageReportWithStreamingResponse,
        )

        return BetaUserUsageReportWithStreamingResponse(self._resource.user_usage_report)

    @cached_property
    def users(self) -> BetaUsersWithStreamingResponse:
        from .beta_organization_analytics_users import BetaUsersWithStreamingResponse

        return BetaUsersWithStreamingResponse(self._resource.users)


class AsyncBetaAnalytics(AsyncResource):
    """`client.beta.organization.analytics`: the beta.organization.analytics operations of the Claude API."""

    @cached_property
    def apps(self) -> AsyncBetaApps:
        from .beta_organization_analytics_apps import AsyncBetaApps

        return AsyncBetaApps(self._client)

    @cached_property
    def artifacts(self) -> AsyncBetaArtifacts:
        from .beta_organization_analytics_artifacts import AsyncBetaArtifacts

        return AsyncBetaArtifacts(self._client)

    @cached_property
    def connectors(self) -> AsyncBetaConnectors:
        from .beta_organization_analytics_connectors import AsyncBetaConnectors

        return AsyncBetaConnectors(self._client)

    @cached_property
    def cost(self) -> AsyncBetaCost:
        from .beta_organization_analytics_cost import AsyncBetaCost

        return AsyncBetaCost(self._client)

    @cached_property
    def cost_report(self) -> AsyncBetaCostReport:
        from .beta_organization_analytics_cost_report import AsyncBetaCostReport

        return AsyncBetaCostReport(self._client)

    @cached_property
    def plugins(self) -> AsyncBetaPlugins:
        from .beta_organization_analytics_plugins import AsyncBetaPlugins

        return AsyncBetaPlugins(self._client)

    @cached_property
    def skills(self) -> AsyncBetaSkills:
        from .beta_organization_analytics_skills import AsyncBetaSkills

        return AsyncBetaSkills(self._client)

    @cached_property
    def summaries(self) -> AsyncBetaSummaries:
        from .beta_organization_analytics_summaries import AsyncBetaSummaries

        return AsyncBetaSummaries(self._client)

    @cached_property
    def usage(self) -> AsyncBetaUsage:
        from .beta_organization_analytics_usage import AsyncBetaUsage

        return AsyncBetaUsage(self._client)

    @cached_property
    def usage_report(self) -> AsyncBetaUsageReport:
        from .beta_organization_analytics_usage_report import AsyncBetaUsageReport

        return AsyncBetaUsageReport(self._client)

    @cached_property
    def user_cost_report(self) -> AsyncBetaUserCostReport:
        from .beta_organization_analytics_user_cost_report import AsyncBetaUserCostReport

        return AsyncBetaUserCostReport(self._client)

    @cached_property
    def user_usage_report(self) -> AsyncBetaUserUsageReport:
        from .beta_organization_analytics_user_usage_report import AsyncBetaUserUsageReport

        return AsyncBetaUserUsageReport(self._client)

    @cached_property
    def users(self) -> AsyncBetaUsers:
        from .beta_organization_analytics_users import AsyncBetaUsers

        return AsyncBetaUsers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaAnalyticsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaAnalyticsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAnalyticsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaAnalyticsWithStreamingResponse(self)


class AsyncBetaAnalyticsWithRawResponse:
    """`AsyncBetaAnalytics`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaAnalytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> AsyncBetaAppsWithRawResponse:
        from .beta_organization_analytics_apps import AsyncBetaAppsWithRawResponse

        return AsyncBetaAppsWithRawResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> AsyncBetaArtifactsWithRawResponse:
        from .beta_organization_analytics_artifacts import AsyncBetaArtifactsWithRawResponse

        return AsyncBetaArtifactsWithRawResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> AsyncBetaConnectorsWithRawResponse:
        from .beta_organization_analytics_connectors import AsyncBetaConnectorsWithRawResponse

        return AsyncBetaConnectorsWithRawResponse(self._resource.connectors)

    @cached_property
    def cost(self) -> AsyncBetaCostWithRawResponse:
        from .beta_organization_analytics_cost import AsyncBetaCostWithRawResponse

        return AsyncBetaCostWithRawResponse(self._resource.cost)

    @cached_property
    def cost_report(self) -> AsyncBetaCostReportWithRawResponse:
        from .beta_organization_analytics_cost_report import AsyncBetaCostReportWithRawResponse

        return AsyncBetaCostReportWithRawResponse(self._resource.cost_report)

    @cached_property
    def plugins(self) -> AsyncBetaPluginsWithRawResponse:
        from .beta_organization_analytics_plugins import AsyncBetaPluginsWithRawResponse

        return AsyncBetaPluginsWithRawResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> AsyncBetaSkillsWithRawResponse:
        from .beta_organization_analytics_skills import AsyncBetaSkillsWithRawResponse

        return AsyncBetaSkillsWithRawResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> AsyncBetaSummariesWithRawResponse:
        from .beta_organization_analytics_summaries import AsyncBetaSummariesWithRawResponse

        return AsyncBetaSummariesWithRawResponse(self._resource.summaries)

    @cached_property
    def usage(self) -> AsyncBetaUsageWithRawResponse:
        from .beta_organization_analytics_usage import AsyncBetaUsageWithRawResponse

        return AsyncBetaUsageWithRawResponse(self._resource.usage)

    @cached_property
    def usage_report(self) -> AsyncBetaUsageReportWithRawResponse:
        from .beta_organization_analytics_usage_report import AsyncBetaUsageReportWithRawResponse

        return AsyncBetaUsageReportWithRawResponse(self._resource.usage_report)

    @cached_property
    def user_cost_report(self) -> AsyncBetaUserCostReportWithRawResponse:
        from .beta_organization_analytics_user_cost_report import (
            AsyncBetaUserCostReportWithRawResponse,
        )

        return AsyncBetaUserCostReportWithRawResponse(self._resource.user_cost_report)

    @cached_property
    def user_usage_report(self) -> AsyncBetaUserUsageReportWithRawResponse:
        from .beta_organization_analytics_user_usage_report import (
            AsyncBetaUserUsageReportWithRawResponse,
        )

        return AsyncBetaUserUsageReportWithRawResponse(self._resource.user_usage_report)

    @cached_property
    def users(self) -> AsyncBetaUsersWithRawResponse:
        from .beta_organization_analytics_users import AsyncBetaUsersWithRawResponse

        return AsyncBetaUsersWithRawResponse(self._resource.users)


class AsyncBetaAnalyticsWithStreamingResponse:
    """`AsyncBetaAnalytics`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaAnalytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> AsyncBetaAppsWithStreamingResponse:
        from .beta_organization_analytics_apps import AsyncBetaAppsWithStreamingResponse

        return AsyncBetaAppsWithStreamingResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> AsyncBetaArtifactsWithStreamingResponse:
        from .beta_organization_analytics_artifacts import AsyncBetaArtifactsWithStreamingResponse

        return AsyncBetaArtifactsWithStreamingResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> AsyncBetaConnectorsWithStreamingResponse:
        from .beta_organization_analytics_connectors import AsyncBetaConnectorsWithStreamingResponse

        return AsyncBetaConnectorsWithStreamingResponse(self._resource.connectors)

    @cached_property
    def cost(self) -> AsyncBetaCostWithStreamingResponse:
        from .beta_organization_analytics_cost import AsyncBetaCostWithStreamingResponse

        return AsyncBetaCostWithStreamingResponse(self._resource.cost)

    @cached_property
    def cost_report(self) -> AsyncBetaCostReportWithStreamingResponse:
        from .beta_organization_analytics_cost_report import (
            AsyncBetaCostReportWithStreamingResponse,
        )

        return AsyncBetaCostReportWithStreamingResponse(self._resource.cost_report)

    @cached_property
    def plugins(self) -> AsyncBetaPluginsWithStreamingResponse:
        from .beta_organization_analytics_plugins import AsyncBetaPluginsWithStreamingResponse

        return AsyncBetaPluginsWithStreamingResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> AsyncBetaSkillsWithStreamingResponse:
        from .beta_organization_analytics_skills import AsyncBetaSkillsWithStreamingResponse

        return AsyncBetaSkillsWithStreamingResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> AsyncBetaSummariesWithStreamingResponse:
        from .beta_organization_analytics_summaries import AsyncBetaSummariesWithStreamingResponse

        return AsyncBetaSummariesWithStreamingResponse(self._resource.summaries)

    @cached_property
    def usage(self) -> AsyncBetaUsageWithStreamingResponse:
        from .beta_organization_analytics_usage import AsyncBetaUsageWithStreamingResponse

        return AsyncBetaUsageWithStreamingResponse(self._resource.usage)

    @cached_property
    def usage_report(self) -> AsyncBetaUsageReportWithStreamingResponse:
        from .beta_organization_analytics_usage_report import (
            AsyncBetaUsageReportWithStreamingResponse,
        )

        return AsyncBetaUsageReportWithStreamingResponse(self._resource.usage_report)

    @cached_property
    def user_cost_report(self) -> AsyncBetaUserCostReportWithStreamingResponse:
        from .beta_organization_analytics_user_cost_report import (
            AsyncBetaUserCostReportWithStreamingResponse,
        )

        return AsyncBetaUserCostReportWithStreamingResponse(self._resource.user_cost_report)

    @cached_property
    def user_usage_report(self) -> AsyncBetaUserUsageReportWithStreamingResponse:
        from .beta_organization_analytics_user_usage_report import (
            AsyncBetaUserUsageReportWithStreamingResponse,
        )

        return AsyncBetaUserUsageReportWithStreamingResponse(self._resource.user_usage_report)

    @cached_property
    def users(self) -> AsyncBetaUsersWithStreamingResponse:
        from .beta_organization_analytics_users import AsyncBetaUsersWithStreamingResponse

        return AsyncBetaUsersWithStreamingResponse(self._resource.users)
