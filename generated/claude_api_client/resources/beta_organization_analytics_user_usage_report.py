# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.analytics_usage_users_item import AnalyticsUsageUsersItem
    from ..types._params.analytics_claude_tag_category_param import AnalyticsClaudeTagCategoryParam
    from ..types._params.analytics_context_window_param import AnalyticsContextWindowParam
    from ..types._params.analytics_inference_geo_filter_param import (
        AnalyticsInferenceGeoFilterParam,
    )
    from ..types._params.analytics_product_filter_param import AnalyticsProductFilterParam

__all__ = ["BetaUserUsageReport", "AsyncBetaUserUsageReport"]

from ._ops_organization_analytics_user_usage_report import (
    _load_analytics_usage_users_item_page,
    _organization_analytics_user_usage_report_list_options,
)


class BetaUserUsageReport(SyncResource):
    """`client.beta.organization.analytics.user_usage_report`: the beta.organization.analytics.user_usage_report operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaUserUsageReportWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaUserUsageReportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaUserUsageReportWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaUserUsageReportWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_at: str | datetime,
        bucket_width: Literal["1d", "1h", "1m"] | NotGiven = NOT_GIVEN,
        claude_tag_categories: Sequence[AnalyticsClaudeTagCategoryParam] | NotGiven = NOT_GIVEN,
        claude_tag_user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        context_windows: Sequence[AnalyticsContextWindowParam] | NotGiven = NOT_GIVEN,
        ending_at: str | datetime | NotGiven = NOT_GIVEN,
        exclude_deleted_users: bool | NotGiven = NOT_GIVEN,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        inference_geos: Sequence[AnalyticsInferenceGeoFilterParam] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order_by: Literal["output_tokens", "requests", "total_tokens", "uncached_input_tokens"]
        | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        products: Sequence[AnalyticsProductFilterParam] | NotGiven = NOT_GIVEN,
        rbac_group_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        slack_channel_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        speeds: Sequence[Literal["fast", "standard"]] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AnalyticsUsageUsersItem]:
        """Report each member's token usage over a time range.

        Args:
            starting_at: Start of the reported range (inclusive, RFC 3339).
            bucket_width: Width of each time bucket.
            claude_tag_categories: Only rows of these Claude tag categories.
            claude_tag_user_ids: Only rows of these Claude tag users.
            context_windows: Only rows of these context-window tiers.
            ending_at: End of the reported range (exclusive, RFC 3339).
            exclude_deleted_users: Leave out members who have been removed.
            group_by: Break the rows down by these dimensions.
            inference_geos: Only rows that ran in these geographies.
            limit: Items per page.
            models: Only rows of these models.
            order: Sort direction.
            order_by: Field to sort by.
            page: The `next_page` of the previous page; omit for the first page.
            products: Only rows of these products.
            rbac_group_ids: Only rows of these RBAC groups.
            slack_channel_ids: Only rows of these Slack channels.
            speeds: Only rows of these output speeds.
            user_ids: Only these members.
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
            Page[AnalyticsUsageUsersItem]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_analytics_user_usage_report_list_options(
            starting_at=starting_at,
            bucket_width=bucket_width,
            claude_tag_categories=claude_tag_categories,
            claude_tag_user_ids=claude_tag_user_ids,
            context_windows=context_windows,
            ending_at=ending_at,
            exclude_deleted_users=exclude_deleted_users,
            group_by=group_by,
            inference_geos=inference_geos,
            limit=limit,
            models=models,
            order=order,
            order_by=order_by,
            page=page,
            products=products,
            rbac_group_ids=rbac_group_ids,
            slack_channel_ids=slack_channel_ids,
            speeds=speeds,
            user_ids=user_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_analytics_usage_users_item_page)
        )


class BetaUserUsageReportWithRawResponse:
    """`BetaUserUsageReport`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaUserUsageReport) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BetaUserUsageReportWithStreamingResponse:
    """`BetaUserUsageReport`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaUserUsageReport) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBetaUserUsageReport(AsyncResource):
    """`client.beta.organization.analytics.user_usage_report`: the beta.organization.analytics.user_usage_report operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaUserUsageReportWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaUserUsageReportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaUserUsageReportWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaUserUsageReportWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_at: str | datetime,
        bucket_width: Literal["1d", "1h", "1m"] | NotGiven = NOT_GIVEN,
        claude_tag_categories: Sequence[AnalyticsClaudeTagCategoryParam] | NotGiven = NOT_GIVEN,
        claude_tag_user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        context_windows: Sequence[AnalyticsContextWindowParam] | NotGiven = NOT_GIVEN,
        ending_at: str | datetime | NotGiven = NOT_GIVEN,
        exclude_deleted_users: bool | NotGiven = NOT_GIVEN,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        inference_geos: Sequence[AnalyticsInferenceGeoFilterParam] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order_by: Literal["output_tokens", "requests", "total_tokens", "uncached_input_tokens"]
        | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        products: Sequence[AnalyticsProductFilterParam] | NotGiven = NOT_GIVEN,
        rbac_group_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        slack_channel_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        speeds: Sequence[Literal["fast", "standard"]] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AnalyticsUsageUsersItem]:
        """Report each member's token usage over a time range.

        Args:
            starting_at: Start of the reported range (inclusive, RFC 3339).
            bucket_width: Width of each time bucket.
            claude_tag_categories: Only rows of these Claude tag categories.
            claude_tag_user_ids: Only rows of these Claude tag users.
            context_windows: Only rows of these context-window tiers.
            ending_at: End of the reported range (exclusive, RFC 3339).
            exclude_deleted_users: Leave out members who have been removed.
            group_by: Break the rows down by these dimensions.
            inference_geos: Only rows that ran in these geographies.
            limit: Items per page.
            models: Only rows of these models.
            order: Sort direction.
            order_by: Field to sort by.
            page: The `next_page` of the previous page; omit for the first page.
            products: Only rows of these products.
            rbac_group_ids: Only rows of these RBAC groups.
            slack_channel_ids: Only rows of these Slack channels.
            speeds: Only rows of these output speeds.
            user_ids: Only these members.
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
            Page[AnalyticsUsageUsersItem]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_analytics_user_usage_report_list_options(
            starting_at=starting_at,
            bucket_width=bucket_width,
            claude_tag_categories=claude_tag_categories,
            claude_tag_user_ids=claude_tag_user_ids,
            context_windows=context_windows,
            ending_at=ending_at,
            exclude_deleted_users=exclude_deleted_users,
            group_by=group_by,
            inference_geos=inference_geos,
            limit=limit,
            models=models,
            order=order,
            order_by=order_by,
            page=page,
            products=products,
            rbac_group_ids=rbac_group_ids,
            slack_channel_ids=slack_channel_ids,
            speeds=speeds,
            user_ids=user_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_analytics_usage_users_item_page)
        )


class AsyncBetaUserUsageReportWithRawResponse:
    """`AsyncBetaUserUsageReport`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaUserUsageReport) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBetaUserUsageReportWithStreamingResponse:
    """`AsyncBetaUserUsageReport`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaUserUsageReport) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
