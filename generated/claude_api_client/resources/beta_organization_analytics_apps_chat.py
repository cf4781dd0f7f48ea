# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_analytics_apps_chat_projects import (
        AsyncBetaProjects,
        AsyncBetaProjectsWithRawResponse,
        AsyncBetaProjectsWithStreamingResponse,
        BetaProjects,
        BetaProjectsWithRawResponse,
        BetaProjectsWithStreamingResponse,
    )

__all__ = ["BetaChat", "AsyncBetaChat"]


class BetaChat(SyncResource):
    """`client.beta.organization.analytics.apps.chat`: the beta.organization.analytics.apps.chat operations of the Claude API."""

    @cached_property
    def projects(self) -> BetaProjects:
        from .beta_organization_analytics_apps_chat_projects import BetaProjects

        return BetaProjects(self._client)

    @cached_property
    def with_raw_response(self) -> BetaChatWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaChatWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaChatWithStreamingResponse(self)


class BetaChatWithRawResponse:
    """`BetaChat`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaChat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> BetaProjectsWithRawResponse:
        from .beta_organization_analytics_apps_chat_projects import BetaProjectsWithRawResponse

        return BetaProjectsWithRawResponse(self._resource.projects)


class BetaChatWithStreamingResponse:
    """`BetaChat`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaChat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> BetaProjectsWithStreamingResponse:
        from .beta_organization_analytics_apps_chat_projects import (
            BetaProjectsWithStreamingResponse,
        )

        return BetaProjectsWithStreamingResponse(self._resource.projects)


class AsyncBetaChat(AsyncResource):
    """`client.beta.organization.analytics.apps.chat`: the beta.organization.analytics.apps.chat operations of the Claude API."""

    @cached_property
    def projects(self) -> AsyncBetaProjects:
        from .beta_organization_analytics_apps_chat_projects import AsyncBetaProjects

        return AsyncBetaProjects(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaChatWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaChatWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaChatWithStreamingResponse(self)


class AsyncBetaChatWithRawResponse:
    """`AsyncBetaChat`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaChat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> AsyncBetaProjectsWithRawResponse:
        from .beta_organization_analytics_apps_chat_projects import AsyncBetaProjectsWithRawResponse

        return AsyncBetaProjectsWithRawResponse(self._resource.projects)


class AsyncBetaChatWithStreamingResponse:
    """`AsyncBetaChat`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaChat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> AsyncBetaProjectsWithStreamingResponse:
        from .beta_organization_analytics_apps_chat_projects import (
            AsyncBetaProjectsWithStreamingResponse,
        )

        return AsyncBetaProjectsWithStreamingResponse(self._resource.projects)
