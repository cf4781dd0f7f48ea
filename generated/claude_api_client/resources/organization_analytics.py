# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .organization_analytics_apps import (
        Apps,
        AppsWithRawResponse,
        AppsWithStreamingResponse,
        AsyncApps,
        AsyncAppsWithRawResponse,
        AsyncAppsWithStreamingResponse,
    )
    from .organization_analytics_artifacts import (
        Artifacts,
        ArtifactsWithRawResponse,
        ArtifactsWithStreamingResponse,
        AsyncArtifacts,
        AsyncArtifactsWithRawResponse,
        AsyncArtifactsWithStreamingResponse,
    )
    from .organization_analytics_connectors import (
        AsyncConnectors,
        AsyncConnectorsWithRawResponse,
        AsyncConnectorsWithStreamingResponse,
        Connectors,
        ConnectorsWithRawResponse,
        ConnectorsWithStreamingResponse,
    )
    from .organization_analytics_plugins import (
        AsyncPlugins,
        AsyncPluginsWithRawResponse,
        AsyncPluginsWithStreamingResponse,
        Plugins,
        PluginsWithRawResponse,
        PluginsWithStreamingResponse,
    )
    from .organization_analytics_skills import (
        AsyncSkills,
        AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse,
        Skills,
        SkillsWithRawResponse,
        SkillsWithStreamingResponse,
    )
    from .organization_analytics_summaries import (
        AsyncSummaries,
        AsyncSummariesWithRawResponse,
        AsyncSummariesWithStreamingResponse,
        Summaries,
        SummariesWithRawResponse,
        SummariesWithStreamingResponse,
    )
    from .organization_analytics_users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )

__all__ = ["Analytics", "AsyncAnalytics"]


class Analytics(SyncResource):
    """`client.organization.analytics`: the organization.analytics operations of the Claude API."""

    @cached_property
    def apps(self) -> Apps:
        from .organization_analytics_apps import Apps

        return Apps(self._client)

    @cached_property
    def artifacts(self) -> Artifacts:
        from .organization_analytics_artifacts import Artifacts

        return Artifacts(self._client)

    @cached_property
    def connectors(self) -> Connectors:
        from .organization_analytics_connectors import Connectors

        return Connectors(self._client)

    @cached_property
    def plugins(self) -> Plugins:
        from .organization_analytics_plugins import Plugins

        return Plugins(self._client)

    @cached_property
    def skills(self) -> Skills:
        from .organization_analytics_skills import Skills

        return Skills(self._client)

    @cached_property
    def summaries(self) -> Summaries:
        from .organization_analytics_summaries import Summaries

        return Summaries(self._client)

    @cached_property
    def users(self) -> Users:
        from .organization_analytics_users import Users

        return Users(self._client)

    @cached_property
    def with_raw_response(self) -> AnalyticsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AnalyticsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AnalyticsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AnalyticsWithStreamingResponse(self)


class AnalyticsWithRawResponse:
    """`Analytics`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Analytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> AppsWithRawResponse:
        from .organization_analytics_apps import AppsWithRawResponse

        return AppsWithRawResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> ArtifactsWithRawResponse:
        from .organization_analytics_artifacts import ArtifactsWithRawResponse

        return ArtifactsWithRawResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> ConnectorsWithRawResponse:
        from .organization_analytics_connectors import ConnectorsWithRawResponse

        return ConnectorsWithRawResponse(self._resource.connectors)

    @cached_property
    def plugins(self) -> PluginsWithRawResponse:
        from .organization_analytics_plugins import PluginsWithRawResponse

        return PluginsWithRawResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        from .organization_analytics_skills import SkillsWithRawResponse

        return SkillsWithRawResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> SummariesWithRawResponse:
        from .organization_analytics_summaries import SummariesWithRawResponse

        return SummariesWithRawResponse(self._resource.summaries)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from .organization_analytics_users import UsersWithRawResponse

        return UsersWithRawResponse(self._resource.users)


class AnalyticsWithStreamingResponse:
    """`Analytics`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Analytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> AppsWithStreamingResponse:
        from .organization_analytics_apps import AppsWithStreamingResponse

        return AppsWithStreamingResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> ArtifactsWithStreamingResponse:
        from .organization_analytics_artifacts import ArtifactsWithStreamingResponse

        return ArtifactsWithStreamingResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> ConnectorsWithStreamingResponse:
        from .organization_analytics_connectors import ConnectorsWithStreamingResponse

        return ConnectorsWithStreamingResponse(self._resource.connectors)

    @cached_property
    def plugins(self) -> PluginsWithStreamingResponse:
        from .organization_analytics_plugins import PluginsWithStreamingResponse

        return PluginsWithStreamingResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> SkillsWithStreamingResponse:
        from .organization_analytics_skills import SkillsWithStreamingResponse

        return SkillsWithStreamingResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> SummariesWithStreamingResponse:
        from .organization_analytics_summaries import SummariesWithStreamingResponse

        return SummariesWithStreamingResponse(self._resource.summaries)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from .organization_analytics_users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._resource.users)


class AsyncAnalytics(AsyncResource):
    """`client.organization.analytics`: the organization.analytics operations of the Claude API."""

    @cached_property
    def apps(self) -> AsyncApps:
        from .organization_analytics_apps import AsyncApps

        return AsyncApps(self._client)

    @cached_property
    def artifacts(self) -> AsyncArtifacts:
        from .organization_analytics_artifacts import AsyncArtifacts

        return AsyncArtifacts(self._client)

    @cached_property
    def connectors(self) -> AsyncConnectors:
        from .organization_analytics_connectors import AsyncConnectors

        return AsyncConnectors(self._client)

    @cached_property
    def plugins(self) -> AsyncPlugins:
        from .organization_analytics_plugins import AsyncPlugins

        return AsyncPlugins(self._client)

    @cached_property
    def skills(self) -> AsyncSkills:
        from .organization_analytics_skills import AsyncSkills

        return AsyncSkills(self._client)

    @cached_property
    def summaries(self) -> AsyncSummaries:
        from .organization_analytics_summaries import AsyncSummaries

        return AsyncSummaries(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        from .organization_analytics_users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncAnalyticsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAnalyticsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncAnalyticsWithStreamingResponse(self)


class AsyncAnalyticsWithRawResponse:
    """`AsyncAnalytics`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncAnalytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> AsyncAppsWithRawResponse:
        from .organization_analytics_apps import AsyncAppsWithRawResponse

        return AsyncAppsWithRawResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> AsyncArtifactsWithRawResponse:
        from .organization_analytics_artifacts import AsyncArtifactsWithRawResponse

        return AsyncArtifactsWithRawResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> AsyncConnectorsWithRawResponse:
        from .organization_analytics_connectors import AsyncConnectorsWithRawResponse

        return AsyncConnectorsWithRawResponse(self._resource.connectors)

    @cached_property
    def plugins(self) -> AsyncPluginsWithRawResponse:
        from .organization_analytics_plugins import AsyncPluginsWithRawResponse

        return AsyncPluginsWithRawResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        from .organization_analytics_skills import AsyncSkillsWithRawResponse

        return AsyncSkillsWithRawResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> AsyncSummariesWithRawResponse:
        from .organization_analytics_summaries import AsyncSummariesWithRawResponse

        return AsyncSummariesWithRawResponse(self._resource.summaries)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from .organization_analytics_users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._resource.users)


class AsyncAnalyticsWithStreamingResponse:
    """`AsyncAnalytics`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncAnalytics) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> AsyncAppsWithStreamingResponse:
        from .organization_analytics_apps import AsyncAppsWithStreamingResponse

        return AsyncAppsWithStreamingResponse(self._resource.apps)

    @cached_property
    def artifacts(self) -> AsyncArtifactsWithStreamingResponse:
        from .organization_analytics_artifacts import AsyncArtifactsWithStreamingResponse

        return AsyncArtifactsWithStreamingResponse(self._resource.artifacts)

    @cached_property
    def connectors(self) -> AsyncConnectorsWithStreamingResponse:
        from .organization_analytics_connectors import AsyncConnectorsWithStreamingResponse

        return AsyncConnectorsWithStreamingResponse(self._resource.connectors)

    @cached_property
    def plugins(self) -> AsyncPluginsWithStreamingResponse:
        from .organization_analytics_plugins import AsyncPluginsWithStreamingResponse

        return AsyncPluginsWithStreamingResponse(self._resource.plugins)

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        from .organization_analytics_skills import AsyncSkillsWithStreamingResponse

        return AsyncSkillsWithStreamingResponse(self._resource.skills)

    @cached_property
    def summaries(self) -> AsyncSummariesWithStreamingResponse:
        from .organization_analytics_summaries import AsyncSummariesWithStreamingResponse

        return AsyncSummariesWithStreamingResponse(self._resource.summaries)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from .organization_analytics_users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._resource.users)
