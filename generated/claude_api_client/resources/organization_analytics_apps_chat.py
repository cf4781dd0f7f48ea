# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .organization_analytics_apps_chat_projects import (
        AsyncProjects,
        AsyncProjectsWithRawResponse,
        AsyncProjectsWithStreamingResponse,
        Projects,
        ProjectsWithRawResponse,
        ProjectsWithStreamingResponse,
    )

__all__ = ["Chat", "AsyncChat"]


class Chat(SyncResource):
    """`client.organization.analytics.apps.chat`: the organization.analytics.apps.chat operations of the Claude API."""

    @cached_property
    def projects(self) -> Projects:
        from .organization_analytics_apps_chat_projects import Projects

        return Projects(self._client)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return ChatWithStreamingResponse(self)


class ChatWithRawResponse:
    """`Chat`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> ProjectsWithRawResponse:
        from .organization_analytics_apps_chat_projects import ProjectsWithRawResponse

        return ProjectsWithRawResponse(self._resource.projects)


class ChatWithStreamingResponse:
    """`Chat`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> ProjectsWithStreamingResponse:
        from .organization_analytics_apps_chat_projects import ProjectsWithStreamingResponse

        return ProjectsWithStreamingResponse(self._resource.projects)


class AsyncChat(AsyncResource):
    """`client.organization.analytics.apps.chat`: the organization.analytics.apps.chat operations of the Claude API."""

    @cached_property
    def projects(self) -> AsyncProjects:
        from .organization_analytics_apps_chat_projects import AsyncProjects

        return AsyncProjects(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncChatWithStreamingResponse(self)


class AsyncChatWithRawResponse:
    """`AsyncChat`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> AsyncProjectsWithRawResponse:
        from .organization_analytics_apps_chat_projects import AsyncProjectsWithRawResponse

        return AsyncProjectsWithRawResponse(self._resource.projects)


class AsyncChatWithStreamingResponse:
    """`AsyncChat`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> AsyncProjectsWithStreamingResponse:
        from .organization_analytics_apps_chat_projects import AsyncProjectsWithStreamingResponse

        return AsyncProjectsWithStreamingResponse(self._resource.projects)
