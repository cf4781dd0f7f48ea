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

    from ..types._models.google_managed_project_data_controls import (
        GoogleManagedProjectDataControls,
    )
    from ..types._params.google_managed_project_cmek_control_param import (
        GoogleManagedProjectCMEKControlParam,
    )
    from ..types._params.google_managed_project_storage_control_param import (
        GoogleManagedProjectStorageControlParam,
    )

__all__ = ["BetaDataControls", "AsyncBetaDataControls"]

from ._ops_organization_providers_google_projects_data_controls import (
    _load_google_managed_project_data_controls,
    _organization_providers_google_projects_data_controls_retrieve_options,
    _organization_providers_google_projects_data_controls_update_options,
)


class BetaDataControls(SyncResource):
    """`client.beta.organization.providers.google.projects.data_controls`: the beta.organization.providers.google.projects.data_controls operations of the Claude API."""

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
        project_number: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedProjectDataControls:
        """Get the encryption and storage controls of a Google Cloud project.

        Args:
            project_number: Number of the Google Cloud project.
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
            GoogleManagedProjectDataControls: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_providers_google_projects_data_controls_retrieve_options(
            project_number=project_number,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_google_managed_project_data_controls))

    def update(
        self,
        project_number: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        cmek: GoogleManagedProjectCMEKControlParam | NotGiven = NOT_GIVEN,
        storage: GoogleManagedProjectStorageControlParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedProjectDataControls:
        """Change the encryption or storage controls of a Google Cloud project.

        Args:
            project_number: Number of the Google Cloud project.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            cmek: Customer-managed encryption keys of the project.
            storage: Where the project keeps its data.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            GoogleManagedProjectDataControls: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_providers_google_projects_data_controls_update_options(
            project_number=project_number,
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
        return self._client.request(options, value_cast(_load_google_managed_project_data_controls))


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
    """`client.beta.organization.providers.google.projects.data_controls`: the beta.organization.providers.google.projects.data_controls operations of the Claude API."""

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
        project_number: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedProjectDataControls:
        """Get the encryption and storage controls of a Google Cloud project.

        Args:
            project_number: Number of the Google Cloud project.
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
            GoogleManagedProjectDataControls: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_providers_google_projects_data_controls_retrieve_options(
            project_number=project_number,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_google_managed_project_data_controls)
        )

    async def update(
        self,
        project_number: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        cmek: GoogleManagedProjectCMEKControlParam | NotGiven = NOT_GIVEN,
        storage: GoogleManagedProjectStorageControlParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleManagedProjectDataControls:
        """Change the encryption or storage controls of a Google Cloud project.

        Args:
            project_number: Number of the Google Cloud project.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            cmek: Customer-managed encryption keys of the project.
            storage: Where the project keeps its data.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            GoogleManagedProjectDataControls: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_providers_google_projects_data_controls_update_options(
            project_number=project_number,
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
        return await self._client.request(
            options, value_cast(_load_google_managed_project_data_controls)
        )


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
