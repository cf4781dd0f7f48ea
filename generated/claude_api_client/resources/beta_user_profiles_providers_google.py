# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_user_profiles_providers_google_data_controls import (
        AsyncBetaDataControls,
        AsyncBetaDataControlsWithRawResponse,
        AsyncBetaDataControlsWithStreamingResponse,
        BetaDataControls,
        BetaDataControlsWithRawResponse,
        BetaDataControlsWithStreamingResponse,
    )

__all__ = ["BetaGoogle", "AsyncBetaGoogle"]


class BetaGoogle(SyncResource):
    """`client.beta.user_profiles.providers.google`: the beta.user_profiles.providers.google operations of the Claude API."""

    @cached_property
    def data_controls(self) -> BetaDataControls:
        from .beta_user_profiles_providers_google_data_controls import BetaDataControls

        return BetaDataControls(self._client)

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
    def data_controls(self) -> BetaDataControlsWithRawResponse:
        from .beta_user_profiles_providers_google_data_controls import (
            BetaDataControlsWithRawResponse,
        )

        return BetaDataControlsWithRawResponse(self._resource.data_controls)


class BetaGoogleWithStreamingResponse:
    """`BetaGoogle`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaGoogle) -> None:
        self._resource = resource

    @cached_property
    def data_controls(self) -> BetaDataControlsWithStreamingResponse:
        from .beta_user_profiles_providers_google_data_controls import (
            BetaDataControlsWithStreamingResponse,
        )

        return BetaDataControlsWithStreamingResponse(self._resource.data_controls)


class AsyncBetaGoogle(AsyncResource):
    """`client.beta.user_profiles.providers.google`: the beta.user_profiles.providers.google operations of the Claude API."""

    @cached_property
    def data_controls(self) -> AsyncBetaDataControls:
        from .beta_user_profiles_providers_google_data_controls import AsyncBetaDataControls

        return AsyncBetaDataControls(self._client)

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
    def data_controls(self) -> AsyncBetaDataControlsWithRawResponse:
        from .beta_user_profiles_providers_google_data_controls import (
            AsyncBetaDataControlsWithRawResponse,
        )

        return AsyncBetaDataControlsWithRawResponse(self._resource.data_controls)


class AsyncBetaGoogleWithStreamingResponse:
    """`AsyncBetaGoogle`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaGoogle) -> None:
        self._resource = resource

    @cached_property
    def data_controls(self) -> AsyncBetaDataControlsWithStreamingResponse:
        from .beta_user_profiles_providers_google_data_controls import (
            AsyncBetaDataControlsWithStreamingResponse,
        )

        return AsyncBetaDataControlsWithStreamingResponse(self._resource.data_controls)
