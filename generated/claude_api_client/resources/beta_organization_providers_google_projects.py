# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_providers_google_projects_data_controls import (
        AsyncBetaDataControls,
        AsyncBetaDataControlsWithRawResponse,
        AsyncBetaDataControlsWithStreamingResponse,
        BetaDataControls,
        BetaDataControlsWithRawResponse,
        BetaDataControlsWithStreamingResponse,
    )

__all__ = ["BetaProjects", "AsyncBetaProjects"]


class BetaProjects(SyncResource):
    """`client.beta.organization.providers.google.projects`: the beta.organization.providers.google.projects operations of the Claude API."""

    @cached_property
    def data_controls(self) -> BetaDataControls:
        from .beta_organization_providers_google_projects_data_controls import BetaDataControls

        return BetaDataControls(self._client)

    @cached_property
    def with_raw_response(self) -> BetaProjectsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaProjectsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaProjectsWithStreamingResponse(self)


class BetaProjectsWithRawResponse:
    """`BetaProjects`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaProjects) -> None:
        self._resource = resource

    @cached_property
    def data_controls(self) -> BetaDataControlsWithRawResponse:
        from .beta_organization_providers_google_projects_data_controls import (
            BetaDataControlsWithRawResponse,
        )

        return BetaDataControlsWithRawResponse(self._resource.data_controls)


class BetaProjectsWithStreamingResponse:
    """`BetaProjects`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaProjects) -> None:
        self._resource = resource

    @cached_property
    def data_controls(self) -> BetaDataControlsWithStreamingResponse:
        from .beta_organization_providers_google_projects_data_controls import (
            BetaDataControlsWithStreamingResponse,
        )

        return BetaDataControlsWithStreamingResponse(self._resource.data_controls)


class AsyncBetaProjects(AsyncResource):
    """`client.beta.organization.providers.google.projects`: the beta.organization.providers.google.projects operations of the Claude API."""

    @cached_property
    def data_controls(self) -> AsyncBetaDataControls:
        from .beta_organization_providers_google_projects_data_controls import AsyncBetaDataControls

        return AsyncBetaDataControls(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaProjectsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaProjectsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaProjectsWithStreamingResponse(self)


class AsyncBetaProjectsWithRawResponse:
    """`AsyncBetaProjects`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaProjects) -> None:
        self._resource = resource

    @cached_property
    def data_controls(self) -> AsyncBetaDataControlsWithRawResponse:
        from .beta_organization_providers_google_projects_data_controls import (
            AsyncBetaDataControlsWithRawResponse,
        )

        return AsyncBetaDataControlsWithRawResponse(self._resource.data_controls)


class AsyncBetaProjectsWithStreamingResponse:
    """`AsyncBetaProjects`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaProjects) -> None:
        self._resource = resource

    @cached_property
    def data_controls(self) -> AsyncBetaDataControlsWithStreamingResponse:
        from .beta_organization_providers_google_projects_data_controls import (
            AsyncBetaDataControlsWithStreamingResponse,
        )

        return AsyncBetaDataControlsWithStreamingResponse(self._resource.data_controls)
