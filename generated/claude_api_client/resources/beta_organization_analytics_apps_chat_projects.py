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
    from datetime import date

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.analytics_project_activity import AnalyticsProjectActivity
    from ..types._params.analytics_order_param import AnalyticsOrderParam
    from ..types._params.analytics_project_group_by_param import AnalyticsProjectGroupByParam

__all__ = ["BetaProjects", "AsyncBetaProjects"]

from ._ops_organization_analytics_apps_chat_projects import (
    _load_analytics_project_activity_page,
    _organization_analytics_apps_chat_projects_list_options,
)


class BetaProjects(SyncResource):
    """`client.beta.organization.analytics.apps.chat.projects`: the beta.organization.analytics.apps.chat.projects operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaProjectsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaProjectsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaProjectsWithStreamingResponse(self)

    def list(
        self,
        *,
        date: str | date | None | NotGiven = NOT_GIVEN,
        starting_date: str | date | None | NotGiven = NOT_GIVEN,
        ending_date: str | date | None | NotGiven = NOT_GIVEN,
        filter: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[AnalyticsProjectGroupByParam] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        order: AnalyticsOrderParam | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AnalyticsProjectActivity]:
        """Report activity in chat projects.

        Args:
            date: A single day to report on (instead of a range).
            starting_date: First day of the range to report on.
            ending_date: Last day of the range (inclusive).
            filter: Filters as `field:value` expressions; repeat to combine.
            group_by: Break the rows down by these dimensions.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            order: Sort order.
            order_by: The field to sort by.
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
            Page[AnalyticsProjectActivity]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_analytics_apps_chat_projects_list_options(
            date=date,
            starting_date=starting_date,
            ending_date=ending_date,
            filter=filter,
            group_by=group_by,
            limit=limit,
            page=page,
            order=order,
            order_by=order_by,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_analytics_project_activity_page)
        )


class BetaProjectsWithRawResponse:
    """`BetaProjects`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaProjects) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BetaProjectsWithStreamingResponse:
    """`BetaProjects`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaProjects) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBetaProjects(AsyncResource):
    """`client.beta.organization.analytics.apps.chat.projects`: the beta.organization.analytics.apps.chat.projects operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaProjectsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaProjectsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaProjectsWithStreamingResponse(self)

    def list(
        self,
        *,
        date: str | date | None | NotGiven = NOT_GIVEN,
        starting_date: str | date | None | NotGiven = NOT_GIVEN,
        ending_date: str | date | None | NotGiven = NOT_GIVEN,
        filter: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[AnalyticsProjectGroupByParam] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        order: AnalyticsOrderParam | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AnalyticsProjectActivity]:
        """Report activity in chat projects.

        Args:
            date: A single day to report on (instead of a range).
            starting_date: First day of the range to report on.
            ending_date: Last day of the range (inclusive).
            filter: Filters as `field:value` expressions; repeat to combine.
            group_by: Break the rows down by these dimensions.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            order: Sort order.
            order_by: The field to sort by.
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
            Page[AnalyticsProjectActivity]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_analytics_apps_chat_projects_list_options(
            date=date,
            starting_date=starting_date,
            ending_date=ending_date,
            filter=filter,
            group_by=group_by,
            limit=limit,
            page=page,
            order=order,
            order_by=order_by,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_analytics_project_activity_page)
        )


class AsyncBetaProjectsWithRawResponse:
    """`AsyncBetaProjects`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaProjects) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBetaProjectsWithStreamingResponse:
    """`AsyncBetaProjects`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaProjects) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
