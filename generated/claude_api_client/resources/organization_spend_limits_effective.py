# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

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
    from ..types._models.spend_summary import SpendSummary
    from ..types._params.spend_limit_period_param import SpendLimitPeriodParam

__all__ = ["Effective", "AsyncEffective"]

from ._ops_organization_spend_limits_effective import (
    _load_spend_summary_page,
    _organization_spend_limits_effective_list_options,
)


class Effective(SyncResource):
    """`client.organization.spend_limits.effective`: the organization.spend_limits.effective operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> EffectiveWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return EffectiveWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EffectiveWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return EffectiveWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        period: Sequence[SpendLimitPeriodParam] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SpendSummary]:
        """List the spend limits in force for members, with their spend so far.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            period: Only these periods.
            user_ids: Only these users.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[SpendSummary]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_spend_limits_effective_list_options(
            limit=limit,
            page=page,
            period=period,
            user_ids=user_ids,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_spend_summary_page))


class EffectiveWithRawResponse:
    """`Effective`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Effective) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class EffectiveWithStreamingResponse:
    """`Effective`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Effective) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncEffective(AsyncResource):
    """`client.organization.spend_limits.effective`: the organization.spend_limits.effective operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncEffectiveWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncEffectiveWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEffectiveWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncEffectiveWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        period: Sequence[SpendLimitPeriodParam] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SpendSummary]:
        """List the spend limits in force for members, with their spend so far.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            period: Only these periods.
            user_ids: Only these users.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[SpendSummary]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_spend_limits_effective_list_options(
            limit=limit,
            page=page,
            period=period,
            user_ids=user_ids,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_spend_summary_page))


class AsyncEffectiveWithRawResponse:
    """`AsyncEffective`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncEffective) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncEffectiveWithStreamingResponse:
    """`AsyncEffective`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncEffective) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
