# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_providers_google_projects import (
        AsyncBetaProjects,
        AsyncBetaProjectsWithRawResponse,
        AsyncBetaProjectsWithStreamingResponse,
        BetaProjects,
        BetaProjectsWithRawResponse,
        BetaProjectsWithStreamingResponse,
    )

__all__ = ["BetaGoogle", "AsyncBetaGoogle"]


class BetaGoogle(SyncResource):
    """`client.beta.organization.providers.google`: the beta.organization.providers.google operations of the Claude API."""

    @cached_property
    def projects(self) -> BetaProjects:
        from .beta_organization_providers_google_projects import BetaProjects

        return BetaProjects(self._client)

    @cached_property
    def with_raw_response(self) -> BetaGoogleWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaGoogleWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaGoogleWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaGoogleWithStreamingResponse(self)


class BetaGoogleWithRawResponse:
    """`BetaGoogle`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaGoogle) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> BetaProjectsWithRawResponse:
        from .beta_organization_providers_google_projects import BetaProjectsWithRawResponse

        return BetaProjectsWithRawResponse(self._resource.projects)


class BetaGoogleWithStreamingResponse:
    """`BetaGoogle`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaGoogle) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> BetaProjectsWithStreamingResponse:
        from .beta_organization_providers_google_projects import BetaProjectsWithStreamingResponse

        return BetaProjectsWithStreamingResponse(self._resource.projects)


class AsyncBetaGoogle(AsyncResource):
    """`client.beta.organization.providers.google`: the beta.organization.providers.google operations of the Claude API."""

    @cached_property
    def projects(self) -> AsyncBetaProjects:
        from .beta_organization_providers_google_projects import AsyncBetaProjects

        return AsyncBetaProjects(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaGoogleWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaGoogleWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaGoogleWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaGoogleWithStreamingResponse(self)


class AsyncBetaGoogleWithRawResponse:
    """`AsyncBetaGoogle`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaGoogle) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> AsyncBetaProjectsWithRawResponse:
        from .beta_organization_providers_google_projects import AsyncBetaProjectsWithRawResponse

        return AsyncBetaProjectsWithRawResponse(self._resource.projects)


class AsyncBetaGoogleWithStreamingResponse:
    """`AsyncBetaGoogle`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaGoogle) -> None:
        self._resource = resource

    @cached_property
    def projects(self) -> AsyncBetaProjectsWithStreamingResponse:
        from .beta_organization_providers_google_projects import (
            AsyncBetaProjectsWithStreamingResponse,
        )

        return AsyncBetaProjectsWithStreamingResponse(self._resource.projects)
