# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_analytics_apps_chat import (
        AsyncBetaChat,
        AsyncBetaChatWithRawResponse,
        AsyncBetaChatWithStreamingResponse,
        BetaChat,
        BetaChatWithRawResponse,
        BetaChatWithStreamingResponse,
    )

__all__ = ["BetaApps", "AsyncBetaApps"]


class BetaApps(SyncResource):
    """`client.beta.organization.analytics.apps`: the beta.organization.analytics.apps operations of the Claude API."""

    @cached_property
    def chat(self) -> BetaChat:
        from .beta_organization_analytics_apps_chat import BetaChat

        return BetaChat(self._client)

    @cached_property
    def with_raw_response(self) -> BetaAppsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaAppsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAppsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaAppsWithStreamingResponse(self)


class BetaAppsWithRawResponse:
    """`BetaApps`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaApps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> BetaChatWithRawResponse:
        from .beta_organization_analytics_apps_chat import BetaChatWithRawResponse

        return BetaChatWithRawResponse(self._resource.chat)


class BetaAppsWithStreamingResponse:
    """`BetaApps`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaApps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> BetaChatWithStreamingResponse:
        from .beta_organization_analytics_apps_chat import BetaChatWithStreamingResponse

        return BetaChatWithStreamingResponse(self._resource.chat)


class AsyncBetaApps(AsyncResource):
    """`client.beta.organization.analytics.apps`: the beta.organization.analytics.apps operations of the Claude API."""

    @cached_property
    def chat(self) -> AsyncBetaChat:
        from .beta_organization_analytics_apps_chat import AsyncBetaChat

        return AsyncBetaChat(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaAppsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaAppsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAppsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaAppsWithStreamingResponse(self)


class AsyncBetaAppsWithRawResponse:
    """`AsyncBetaApps`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaApps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> AsyncBetaChatWithRawResponse:
        from .beta_organization_analytics_apps_chat import AsyncBetaChatWithRawResponse

        return AsyncBetaChatWithRawResponse(self._resource.chat)


class AsyncBetaAppsWithStreamingResponse:
    """`AsyncBetaApps`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaApps) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> AsyncBetaChatWithStreamingResponse:
        from .beta_organization_analytics_apps_chat import AsyncBetaChatWithStreamingResponse

        return AsyncBetaChatWithStreamingResponse(self._resource.chat)
