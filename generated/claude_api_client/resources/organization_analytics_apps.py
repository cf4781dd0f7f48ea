# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .organization_analytics_apps_chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )

__all__ = ["Apps", "AsyncApps"]


class Apps(SyncResource):
    """`client.organization.analytics.apps`: the organization.analytics.apps operations of the Claude API."""

    @cached_property
    def chat(self) -> Chat:
        from .organization_analytics_apps_chat import Chat

        return Chat(self._client)

    @cached_property
    def with_raw_response(self) -> AppsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AppsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AppsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AppsWithStreamingResponse(self)


class AppsWithRawResponse:
    """`Apps`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Apps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from .organization_analytics_apps_chat import ChatWithRawResponse

        return ChatWithRawResponse(self._resource.chat)


class AppsWithStreamingResponse:
    """`Apps`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Apps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from .organization_analytics_apps_chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._resource.chat)


class AsyncApps(AsyncResource):
    """`client.organization.analytics.apps`: the organization.analytics.apps operations of the Claude API."""

    @cached_property
    def chat(self) -> AsyncChat:
        from .organization_analytics_apps_chat import AsyncChat

        return AsyncChat(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAppsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncAppsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAppsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncAppsWithStreamingResponse(self)


class AsyncAppsWithRawResponse:
    """`AsyncApps`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncApps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from .organization_analytics_apps_chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._resource.chat)


class AsyncAppsWithStreamingResponse:
    """`AsyncApps`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncApps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from .organization_analytics_apps_chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._resource.chat)
