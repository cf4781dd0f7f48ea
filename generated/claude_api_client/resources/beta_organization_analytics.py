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
    def users(self) -> AsyncBetaUsersWithStreamingResponse:
        from .beta_organization_analytics_users import AsyncBetaUsersWithStreamingResponse

        return AsyncBetaUsersWithStreamingResponse(self._resource.users)
