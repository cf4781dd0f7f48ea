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

__all__ = ["BetaEffective", "AsyncBetaEffective"]

from ._ops_organization_spend_limits_effective import (
    _load_spend_summary_page,
    _organization_spend_limits_effective_list_options,
)


class BetaEffective(SyncResource):
    """`client.beta.organization.spend_limits.effective`: the beta.organization.spend_limits.effective operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaEffectiveWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaEffectiveWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaEffectiveWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaEffectiveWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        period: Sequence[SpendLimitPeriodParam] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_spend_summary_page))


class BetaEffectiveWithRawResponse:
    """`BetaEffective`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaEffective) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BetaEffectiveWithStreamingResponse:
    """`BetaEffective`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaEffective) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBetaEffective(AsyncResource):
    """`client.beta.organization.spend_limits.effective`: the beta.organization.spend_limits.effective operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaEffectiveWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaEffectiveWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaEffectiveWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaEffectiveWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        period: Sequence[SpendLimitPeriodParam] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_spend_summary_page))


class AsyncBetaEffectiveWithRawResponse:
    """`AsyncBetaEffective`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaEffective) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBetaEffectiveWithStreamingResponse:
    """`AsyncBetaEffective`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaEffective) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
