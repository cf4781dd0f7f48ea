# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_providers_google import (
        AsyncBetaGoogle,
        AsyncBetaGoogleWithRawResponse,
        AsyncBetaGoogleWithStreamingResponse,
        BetaGoogle,
        BetaGoogleWithRawResponse,
        BetaGoogleWithStreamingResponse,
    )

__all__ = ["BetaProviders", "AsyncBetaProviders"]


class BetaProviders(SyncResource):
    """`client.beta.organization.providers`: the beta.organization.providers operations of the Claude API."""

    @cached_property
    def google(self) -> BetaGoogle:
        from .beta_organization_providers_google import BetaGoogle

        return BetaGoogle(self._client)

    @cached_property
    def with_raw_response(self) -> BetaProvidersWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaProvidersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaProvidersWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaProvidersWithStreamingResponse(self)


class BetaProvidersWithRawResponse:
    """`BetaProviders`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaProviders) -> None:
        self._resource = resource

    @cached_property
    def google(self) -> BetaGoogleWithRawResponse:
        from .beta_organization_providers_google import BetaGoogleWithRawResponse

        return BetaGoogleWithRawResponse(self._resource.google)


class BetaProvidersWithStreamingResponse:
    """`BetaProviders`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaProviders) -> None:
        self._resource = resource

    @cached_property
    def google(self) -> BetaGoogleWithStreamingResponse:
        from .beta_organization_providers_google import BetaGoogleWithStreamingResponse

        return BetaGoogleWithStreamingResponse(self._resource.google)


class AsyncBetaProviders(AsyncResource):
    """`client.beta.organization.providers`: the beta.organization.providers operations of the Claude API."""

    @cached_property
    def google(self) -> AsyncBetaGoogle:
        from .beta_organization_providers_google import AsyncBetaGoogle

        return AsyncBetaGoogle(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaProvidersWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaProvidersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaProvidersWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaProvidersWithStreamingResponse(self)


class AsyncBetaProvidersWithRawResponse:
    """`AsyncBetaProviders`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaProviders) -> None:
        self._resource = resource

    @cached_property
    def google(self) -> AsyncBetaGoogleWithRawResponse:
        from .beta_organization_providers_google import AsyncBetaGoogleWithRawResponse

        return AsyncBetaGoogleWithRawResponse(self._resource.google)


class AsyncBetaProvidersWithStreamingResponse:
    """`AsyncBetaProviders`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaProviders) -> None:
        self._resource = resource

    @cached_property
    def google(self) -> AsyncBetaGoogleWithStreamingResponse:
        from .beta_organization_providers_google import AsyncBetaGoogleWithStreamingResponse

        return AsyncBetaGoogleWithStreamingResponse(self._resource.google)
