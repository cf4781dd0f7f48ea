# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import value_cast
from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx

    from ..types._models.google_managed_data_controls import GoogleManagedDataControls
    from ..types._params.google_managed_cmek_control_params import GoogleManagedCMEKControlParams
    from ..types._params.google_managed_storage_control_params import (
        GoogleManagedStorageControlParams,
    )

__all__ = ["BetaDataControls", "AsyncBetaDataControls"]

from ._ops_user_profiles_providers_google_data_controls import (
    _load_google_managed_data_controls,
    _user_profiles_providers_google_data_controls_retrieve_options,
    _user_profiles_providers_google_data_controls_update_options,
)


class BetaDataControls(SyncResource):
    """`client.beta.user_profiles.providers.google.data_controls`: the beta.user_profiles.providers.google.data_controls operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaDataControlsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaDataControlsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaDataControlsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaDataControlsWithStreamingResponse(self)

    def retrieve(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedDataControls:
        """Get a user profile's encryption key and storage bucket settings for Claude on Google Cloud, with where each region stands.

        Args:
            user_profile_id: ID of the user profile whose Google-managed data controls these are
                (`uprof_...`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            GoogleManagedDataControls: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_providers_google_data_controls_retrieve_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_google_managed_data_controls))

    def update(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        cmek: GoogleManagedCMEKControlParams | NotGiven = NOT_GIVEN,
        storage: GoogleManagedStorageControlParams | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedDataControls:
        """Turn a data control on or off, or change a region's key or bucket; what is left out stays as it is.

        Args:
            user_profile_id: ID of the user profile whose Google-managed data controls these are
                (`uprof_...`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            cmek: The new state of the key control; left out, it stays as it is.
            storage: The new state of the storage control; left out, it stays as it is.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            GoogleManagedDataControls: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_providers_google_data_controls_update_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            cmek=cmek,
            storage=storage,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_google_managed_data_controls))


class BetaDataControlsWithRawResponse:
    """`BetaDataControls`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaDataControls) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaDataControlsWithStreamingResponse:
    """`BetaDataControls`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaDataControls) -> None:
        self._resource = resource
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaDataControls(AsyncResource):
    """`client.beta.user_profiles.providers.google.data_controls`: the beta.user_profiles.providers.google.data_controls operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaDataControlsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaDataControlsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaDataControlsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaDataControlsWithStreamingResponse(self)

    async def retrieve(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedDataControls:
        """Get a user profile's encryption key and storage bucket settings for Claude on Google Cloud, with where each region stands.

        Args:
            user_profile_id: ID of the user profile whose Google-managed data controls these are
                (`uprof_...`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            GoogleManagedDataControls: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_providers_google_data_controls_retrieve_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_google_managed_data_controls))

    async def update(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        cmek: GoogleManagedCMEKControlParams | NotGiven = NOT_GIVEN,
        storage: GoogleManagedStorageControlParams | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedDataControls:
        """Turn a data control on or off, or change a region's key or bucket; what is left out stays as it is.

        Args:
            user_profile_id: ID of the user profile whose Google-managed data controls these are
                (`uprof_...`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            cmek: The new state of the key control; left out, it stays as it is.
            storage: The new state of the storage control; left out, it stays as it is.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            GoogleManagedDataControls: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_providers_google_data_controls_update_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            cmek=cmek,
            storage=storage,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_google_managed_data_controls))


class AsyncBetaDataControlsWithRawResponse:
    """`AsyncBetaDataControls`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaDataControls) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaDataControlsWithStreamingResponse:
    """`AsyncBetaDataControls`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaDataControls) -> None:
        self._resource = resource
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
