# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
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

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_telemetry_destination import DeletedTelemetryDestination
    from ..types._models.telemetry_destination import TelemetryDestination
    from ..types._models.telemetry_destination_test_response import TelemetryDestinationTestResponse
    from ..types._params.telemetry_destination_state_param import TelemetryDestinationStateParam
    from ..types._params.telemetry_destination_traces_param import TelemetryDestinationTracesParam
    from ..types._params.telemetry_destination_workspaces_param import (
        TelemetryDestinationWorkspacesParam,
    )
    from .beta_organization_telemetry_destinations_workspaces import (
        AsyncBetaWorkspaces,
        AsyncBetaWorkspacesWithRawResponse,
        AsyncBetaWorkspacesWithStreamingResponse,
        BetaWorkspaces,
        BetaWorkspacesWithRawResponse,
        BetaWorkspacesWithStreamingResponse,
    )

__all__ = ["BetaTelemetryDestinations", "AsyncBetaTelemetryDestinations"]

from ._ops_organization_telemetry_destinations import (
    _load_deleted_telemetry_destination,
    _load_telemetry_destination,
    _load_telemetry_destination_page,
    _load_telemetry_destination_test_response,
    _organization_telemetry_destinations_create_options,
    _organization_telemetry_destinations_delete_options,
    _organization_telemetry_destinations_list_options,
    _organization_telemetry_destinations_retrieve_options,
    _organization_telemetry_destinations_test_options,
    _organization_telemetry_destinations_update_options,
)


class BetaTelemetryDestinations(SyncResource):
    """`client.beta.organization.telemetry_destinations`: the beta.organization.telemetry_destinations operations of the Claude API."""

    @cached_property
    def workspaces(self) -> BetaWorkspaces:
        from .beta_organization_telemetry_destinations_workspaces import BetaWorkspaces

        return BetaWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> BetaTelemetryDestinationsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaTelemetryDestinationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaTelemetryDestinationsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaTelemetryDestinationsWithStreamingResponse(self)

    def create(
        self,
        *,
        endpoint_url: str,
        workspaces: TelemetryDestinationWorkspacesParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, object] | NotGiven = NOT_GIVEN,
        traces: TelemetryDestinationTracesParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestination:
        """Create a telemetry destination: an OTLP/HTTP collector for the traces of some workspaces.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            endpoint_url: URL deliveries are sent to.
            workspaces: Which workspaces it covers.
            display_name: Human-readable name.
            headers: Request headers sent with every delivery (values are never returned).
            traces: Settings of the traces the destination receives.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            TelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_create_options(
            workspace_id=workspace_id,
            endpoint_url=endpoint_url,
            workspaces=workspaces,
            display_name=display_name,
            headers=headers,
            traces=traces,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_telemetry_destination))

    def delete(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedTelemetryDestination:
        """Delete a telemetry destination.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
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
            DeletedTelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_delete_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_telemetry_destination))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[TelemetryDestination]:
        """List the organization's telemetry destinations.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            workspace_ids: Only rows of these workspaces.
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
            Page[TelemetryDestination]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_telemetry_destinations_list_options(
            limit=limit,
            page=page,
            workspace_ids=workspace_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_telemetry_destination_page))

    def retrieve(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestination:
        """Get a telemetry destination.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
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
            TelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_retrieve_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_telemetry_destination))

    def test(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestinationTestResponse:
        """Send a test delivery to a destination's collector and report whether it arrived.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
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
            TelemetryDestinationTestResponse: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_test_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_telemetry_destination_test_response))

    def update(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        endpoint_url: str | NotGiven = NOT_GIVEN,
        headers: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        state: TelemetryDestinationStateParam | NotGiven = NOT_GIVEN,
        traces: TelemetryDestinationTracesParam | None | NotGiven = NOT_GIVEN,
        workspaces: TelemetryDestinationWorkspacesParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestination:
        """Change a telemetry destination.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            display_name: Human-readable name.
            endpoint_url: URL deliveries are sent to.
            headers: Request headers sent with every delivery (values are never returned).
            state: Current state.
            traces: Settings of the traces the destination receives.
            workspaces: Which workspaces it covers.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            TelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_update_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            display_name=display_name,
            endpoint_url=endpoint_url,
            headers=headers,
            state=state,
            traces=traces,
            workspaces=workspaces,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_telemetry_destination))


class BetaTelemetryDestinationsWithRawResponse:
    """`BetaTelemetryDestinations`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaTelemetryDestinations) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.test = raw_response_wrapper(resource.test)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> BetaWorkspacesWithRawResponse:
        from .beta_organization_telemetry_destinations_workspaces import (
            BetaWorkspacesWithRawResponse,
        )

        return BetaWorkspacesWithRawResponse(self._resource.workspaces)


class BetaTelemetryDestinationsWithStreamingResponse:
    """`BetaTelemetryDestinations`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaTelemetryDestinations) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.test = streaming_response_wrapper(resource.test)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> BetaWorkspacesWithStreamingResponse:
        from .beta_organization_telemetry_destinations_workspaces import (
            BetaWorkspacesWithStreamingResponse,
        )

        return BetaWorkspacesWithStreamingResponse(self._resource.workspaces)


class AsyncBetaTelemetryDestinations(AsyncResource):
    """`client.beta.organization.telemetry_destinations`: the beta.organization.telemetry_destinations operations of the Claude API."""

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspaces:
        from .beta_organization_telemetry_destinations_workspaces import AsyncBetaWorkspaces

        return AsyncBetaWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaTelemetryDestinationsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaTelemetryDestinationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaTelemetryDestinationsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaTelemetryDestinationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        endpoint_url: str,
        workspaces: TelemetryDestinationWorkspacesParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, object] | NotGiven = NOT_GIVEN,
        traces: TelemetryDestinationTracesParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestination:
        """Create a telemetry destination: an OTLP/HTTP collector for the traces of some workspaces.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            endpoint_url: URL deliveries are sent to.
            workspaces: Which workspaces it covers.
            display_name: Human-readable name.
            headers: Request headers sent with every delivery (values are never returned).
            traces: Settings of the traces the destination receives.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            TelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_create_options(
            workspace_id=workspace_id,
            endpoint_url=endpoint_url,
            workspaces=workspaces,
            display_name=display_name,
            headers=headers,
            traces=traces,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_telemetry_destination))

    async def delete(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedTelemetryDestination:
        """Delete a telemetry destination.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
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
            DeletedTelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_delete_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_telemetry_destination))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[TelemetryDestination]:
        """List the organization's telemetry destinations.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            workspace_ids: Only rows of these workspaces.
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
            Page[TelemetryDestination]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_telemetry_destinations_list_options(
            limit=limit,
            page=page,
            workspace_ids=workspace_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_telemetry_destination_page))

    async def retrieve(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestination:
        """Get a telemetry destination.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
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
            TelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_retrieve_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_telemetry_destination))

    async def test(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestinationTestResponse:
        """Send a test delivery to a destination's collector and report whether it arrived.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
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
            TelemetryDestinationTestResponse: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_test_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_telemetry_destination_test_response)
        )

    async def update(
        self,
        destination_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        endpoint_url: str | NotGiven = NOT_GIVEN,
        headers: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        state: TelemetryDestinationStateParam | NotGiven = NOT_GIVEN,
        traces: TelemetryDestinationTracesParam | None | NotGiven = NOT_GIVEN,
        workspaces: TelemetryDestinationWorkspacesParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TelemetryDestination:
        """Change a telemetry destination.

        Args:
            destination_id: ID of the telemetry destination (`tdst_…`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            display_name: Human-readable name.
            endpoint_url: URL deliveries are sent to.
            headers: Request headers sent with every delivery (values are never returned).
            state: Current state.
            traces: Settings of the traces the destination receives.
            workspaces: Which workspaces it covers.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            TelemetryDestination: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_telemetry_destinations_update_options(
            destination_id=destination_id,
            workspace_id=workspace_id,
            display_name=display_name,
            endpoint_url=endpoint_url,
            headers=headers,
            state=state,
            traces=traces,
            workspaces=workspaces,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_telemetry_destination))


class AsyncBetaTelemetryDestinationsWithRawResponse:
    """`AsyncBetaTelemetryDestinations`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaTelemetryDestinations) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.test = async_raw_response_wrapper(resource.test)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspacesWithRawResponse:
        from .beta_organization_telemetry_destinations_workspaces import (
            AsyncBetaWorkspacesWithRawResponse,
        )

        return AsyncBetaWorkspacesWithRawResponse(self._resource.workspaces)


class AsyncBetaTelemetryDestinationsWithStreamingResponse:
    """`AsyncBetaTelemetryDestinations`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaTelemetryDestinations) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.test = async_streaming_response_wrapper(resource.test)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspacesWithStreamingResponse:
        from .beta_organization_telemetry_destinations_workspaces import (
            AsyncBetaWorkspacesWithStreamingResponse,
        )

        return AsyncBetaWorkspacesWithStreamingResponse(self._resource.workspaces)
