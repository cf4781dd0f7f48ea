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

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.increase_request_approve_response import IncreaseRequestApproveResponse
    from ..types._models.spend_limit_increase_request import SpendLimitIncreaseRequest
    from ..types._params.spend_limit_increase_request_status_param import (
        SpendLimitIncreaseRequestStatusParam,
    )
    from ..types._params.spend_limit_period_param import SpendLimitPeriodParam

__all__ = ["BetaIncreaseRequests", "AsyncBetaIncreaseRequests"]

from ._ops_organization_spend_limits_increase_requests import (
    _load_increase_request_approve_response,
    _load_spend_limit_increase_request,
    _load_spend_limit_increase_request_page,
    _organization_spend_limits_increase_requests_approve_options,
    _organization_spend_limits_increase_requests_deny_options,
    _organization_spend_limits_increase_requests_list_options,
    _organization_spend_limits_increase_requests_retrieve_options,
)


class BetaIncreaseRequests(SyncResource):
    """`client.beta.organization.spend_limits.increase_requests`: the beta.organization.spend_limits.increase_requests operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaIncreaseRequestsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaIncreaseRequestsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaIncreaseRequestsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaIncreaseRequestsWithStreamingResponse(self)

    def approve(
        self,
        spend_limit_increase_request_id: str,
        *,
        amount: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        period: SpendLimitPeriodParam | None | NotGiven = NOT_GIVEN,
        suppress_notification: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IncreaseRequestApproveResponse:
        """Approve an increase request, setting the new limit.

        Args:
            spend_limit_increase_request_id: ID of the increase request.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            amount: The new cap, as a decimal string.
            period: The period of the new cap (the request's by default).
            suppress_notification: Do not tell the requester.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            IncreaseRequestApproveResponse: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_increase_requests_approve_options(
            spend_limit_increase_request_id=spend_limit_increase_request_id,
            workspace_id=workspace_id,
            amount=amount,
            period=period,
            suppress_notification=suppress_notification,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_increase_request_approve_response))

    def deny(
        self,
        spend_limit_increase_request_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        suppress_notification: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimitIncreaseRequest:
        """Deny an increase request.

        Args:
            spend_limit_increase_request_id: ID of the increase request.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            suppress_notification: Do not tell the requester.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SpendLimitIncreaseRequest: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_increase_requests_deny_options(
            spend_limit_increase_request_id=spend_limit_increase_request_id,
            workspace_id=workspace_id,
            suppress_notification=suppress_notification,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_spend_limit_increase_request))

    def list(
        self,
        *,
        actor_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        status: Sequence[SpendLimitIncreaseRequestStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SpendLimitIncreaseRequest]:
        """List members' requests for higher spend limits.

        Args:
            actor_ids: Only requests from these users or keys.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            status: Only requests in these states.
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
            Page[SpendLimitIncreaseRequest]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_spend_limits_increase_requests_list_options(
            actor_ids=actor_ids,
            limit=limit,
            page=page,
            status=status,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_spend_limit_increase_request_page)
        )

    def retrieve(
        self,
        spend_limit_increase_request_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimitIncreaseRequest:
        """Get an increase request.

        Args:
            spend_limit_increase_request_id: ID of the increase request.
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
            SpendLimitIncreaseRequest: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_increase_requests_retrieve_options(
            spend_limit_increase_request_id=spend_limit_increase_request_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_spend_limit_increase_request))


class BetaIncreaseRequestsWithRawResponse:
    """`BetaIncreaseRequests`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaIncreaseRequests) -> None:
        self._resource = resource
        self.approve = raw_response_wrapper(resource.approve)
        self.deny = raw_response_wrapper(resource.deny)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)


class BetaIncreaseRequestsWithStreamingResponse:
    """`BetaIncreaseRequests`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaIncreaseRequests) -> None:
        self._resource = resource
        self.approve = streaming_response_wrapper(resource.approve)
        self.deny = streaming_response_wrapper(resource.deny)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)


class AsyncBetaIncreaseRequests(AsyncResource):
    """`client.beta.organization.spend_limits.increase_requests`: the beta.organization.spend_limits.increase_requests operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaIncreaseRequestsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaIncreaseRequestsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaIncreaseRequestsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaIncreaseRequestsWithStreamingResponse(self)

    async def approve(
        self,
        spend_limit_increase_request_id: str,
        *,
        amount: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        period: SpendLimitPeriodParam | None | NotGiven = NOT_GIVEN,
        suppress_notification: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IncreaseRequestApproveResponse:
        """Approve an increase request, setting the new limit.

        Args:
            spend_limit_increase_request_id: ID of the increase request.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            amount: The new cap, as a decimal string.
            period: The period of the new cap (the request's by default).
            suppress_notification: Do not tell the requester.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            IncreaseRequestApproveResponse: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_increase_requests_approve_options(
            spend_limit_increase_request_id=spend_limit_increase_request_id,
            workspace_id=workspace_id,
            amount=amount,
            period=period,
            suppress_notification=suppress_notification,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_increase_request_approve_response)
        )

    async def deny(
        self,
        spend_limit_increase_request_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        suppress_notification: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimitIncreaseRequest:
        """Deny an increase request.

        Args:
            spend_limit_increase_request_id: ID of the increase request.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            suppress_notification: Do not tell the requester.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SpendLimitIncreaseRequest: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_increase_requests_deny_options(
            spend_limit_increase_request_id=spend_limit_increase_request_id,
            workspace_id=workspace_id,
            suppress_notification=suppress_notification,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_spend_limit_increase_request))

    def list(
        self,
        *,
        actor_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        status: Sequence[SpendLimitIncreaseRequestStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SpendLimitIncreaseRequest]:
        """List members' requests for higher spend limits.

        Args:
            actor_ids: Only requests from these users or keys.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            status: Only requests in these states.
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
            Page[SpendLimitIncreaseRequest]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_spend_limits_increase_requests_list_options(
            actor_ids=actor_ids,
            limit=limit,
            page=page,
            status=status,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_spend_limit_increase_request_page)
        )

    async def retrieve(
        self,
        spend_limit_increase_request_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimitIncreaseRequest:
        """Get an increase request.

        Args:
            spend_limit_increase_request_id: ID of the increase request.
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
            SpendLimitIncreaseRequest: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_increase_requests_retrieve_options(
            spend_limit_increase_request_id=spend_limit_increase_request_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_spend_limit_increase_request))


class AsyncBetaIncreaseRequestsWithRawResponse:
    """`AsyncBetaIncreaseRequests`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaIncreaseRequests) -> None:
        self._resource = resource
        self.approve = async_raw_response_wrapper(resource.approve)
        self.deny = async_raw_response_wrapper(resource.deny)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncBetaIncreaseRequestsWithStreamingResponse:
    """`AsyncBetaIncreaseRequests`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaIncreaseRequests) -> None:
        self._resource = resource
        self.approve = async_streaming_response_wrapper(resource.approve)
        self.deny = async_streaming_response_wrapper(resource.deny)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
