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
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.analytics_cost_item import AnalyticsCostItem
    from ..types._params.analytics_actor_type_param import AnalyticsActorTypeParam
    from ..types._params.analytics_claude_tag_category_param import AnalyticsClaudeTagCategoryParam
    from ..types._params.analytics_context_window_param import AnalyticsContextWindowParam
    from ..types._params.analytics_cost_group_by_param import AnalyticsCostGroupByParam
    from ..types._params.analytics_cost_order_by_param import AnalyticsCostOrderByParam
    from ..types._params.analytics_inference_geo_filter_param import (
        AnalyticsInferenceGeoFilterParam,
    )
    from ..types._params.analytics_service_tier_param import AnalyticsServiceTierParam
    from ..types._params.analytics_speed_param import AnalyticsSpeedParam
    from ..types._params.analytics_time_bucket_width_param import AnalyticsTimeBucketWidthParam
    from ..types._params.analytics_usage_cost_product_filter_param import (
        AnalyticsUsageCostProductFilterParam,
    )
    from ..types._params.analytics_usage_cost_sort_order_param import (
        AnalyticsUsageCostSortOrderParam,
    )

__all__ = ["BetaCost", "AsyncBetaCost"]

from ._ops_organization_analytics_cost import (
    _load_analytics_cost_item_page,
    _organization_analytics_cost_list_options,
)


class BetaCost(SyncResource):
    """`client.beta.organization.analytics.cost`: the beta.organization.analytics.cost operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaCostWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaCostWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaCostWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaCostWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_at: str | datetime,
        actor_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        actor_types: Sequence[AnalyticsActorTypeParam] | NotGiven = NOT_GIVEN,
        agent_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        claude_tag_categories: Sequence[AnalyticsClaudeTagCategoryParam] | NotGiven = NOT_GIVEN,
        claude_tag_user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        context_windows: Sequence[AnalyticsContextWindowParam] | NotGiven = NOT_GIVEN,
        deployment_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        ending_at: str | datetime | NotGiven = NOT_GIVEN,
        environment_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        exclude_deleted_users: bool | NotGiven = NOT_GIVEN,
        group_by: Sequence[AnalyticsCostGroupByParam] | NotGiven = NOT_GIVEN,
        inference_geos: Sequence[AnalyticsInferenceGeoFilterParam] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        order: AnalyticsUsageCostSortOrderParam | NotGiven = NOT_GIVEN,
        order_by: AnalyticsCostOrderByParam | NotGiven = NOT_GIVEN,
        organization_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        products: Sequence[AnalyticsUsageCostProductFilterParam] | NotGiven = NOT_GIVEN,
        rbac_group_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        service_tiers: Sequence[AnalyticsServiceTierParam] | NotGiven = NOT_GIVEN,
        session_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        slack_channel_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        speeds: Sequence[AnalyticsSpeedParam] | NotGiven = NOT_GIVEN,
        time_bucket_width: AnalyticsTimeBucketWidthParam | NotGiven = NOT_GIVEN,
        user_profile_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AnalyticsCostItem]:
        """Break the organization's cost over a time range down by the dimensions asked for.

        Args:
            starting_at: Start of the reported range (inclusive, RFC 3339).
            actor_ids: Only rows of these actors.
            actor_types: Only rows of these kinds of actor.
            agent_ids: Only rows of these managed agents.
            api_key_ids: Only rows of these API keys.
            claude_tag_categories: Only rows of these Claude tag categories.
            claude_tag_user_ids: Only rows of these Claude tag users.
            context_windows: Only rows of these context-window tiers.
            deployment_ids: Only rows of these deployments.
            ending_at: End of the reported range (exclusive, RFC 3339).
            environment_ids: Only rows of these environments.
            exclude_deleted_users: Leave out members who have been removed.
            group_by: Break the rows down by these dimensions.
            inference_geos: Only rows that ran in these geographies.
            limit: Items per page.
            models: Only rows of these models.
            order: Sort direction.
            order_by: Field to sort by.
            organization_ids: Only rows of these organizations.
            page: The `next_page` of the previous page; omit for the first page.
            products: Only rows of these products.
            rbac_group_ids: Only rows of these RBAC groups.
            service_tiers: Only rows of these service tiers.
            session_ids: Only rows of these sessions.
            slack_channel_ids: Only rows of these Slack channels.
            speeds: Only rows of these output speeds.
            time_bucket_width: Split the range into buckets of this width; omit for one row per
                group over the whole range.
            user_profile_ids: Only rows of these user profiles.
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
            Page[AnalyticsCostItem]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_analytics_cost_list_options(
            starting_at=starting_at,
            actor_ids=actor_ids,
            actor_types=actor_types,
            agent_ids=agent_ids,
            api_key_ids=api_key_ids,
            claude_tag_categories=claude_tag_categories,
            claude_tag_user_ids=claude_tag_user_ids,
            context_windows=context_windows,
            deployment_ids=deployment_ids,
            ending_at=ending_at,
            environment_ids=environment_ids,
            exclude_deleted_users=exclude_deleted_users,
            group_by=group_by,
            inference_geos=inference_geos,
            limit=limit,
            models=models,
            order=order,
            order_by=order_by,
            organization_ids=organization_ids,
            page=page,
            products=products,
            rbac_group_ids=rbac_group_ids,
            service_tiers=service_tiers,
            session_ids=session_ids,
            slack_channel_ids=slack_channel_ids,
            speeds=speeds,
            time_bucket_width=time_bucket_width,
            user_profile_ids=user_profile_ids,
            workspace_ids=workspace_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_analytics_cost_item_page))


class BetaCostWithRawResponse:
    """`BetaCost`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaCost) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BetaCostWithStreamingResponse:
    """`BetaCost`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaCost) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBetaCost(AsyncResource):
    """`client.beta.organization.analytics.cost`: the beta.organization.analytics.cost operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaCostWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaCostWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaCostWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaCostWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_at: str | datetime,
        actor_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        actor_types: Sequence[AnalyticsActorTypeParam] | NotGiven = NOT_GIVEN,
        agent_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        claude_tag_categories: Sequence[AnalyticsClaudeTagCategoryParam] | NotGiven = NOT_GIVEN,
        claude_tag_user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        context_windows: Sequence[AnalyticsContextWindowParam] | NotGiven = NOT_GIVEN,
        deployment_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        ending_at: str | datetime | NotGiven = NOT_GIVEN,
        environment_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        exclude_deleted_users: bool | NotGiven = NOT_GIVEN,
        group_by: Sequence[AnalyticsCostGroupByParam] | NotGiven = NOT_GIVEN,
        inference_geos: Sequence[AnalyticsInferenceGeoFilterParam] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        order: AnalyticsUsageCostSortOrderParam | NotGiven = NOT_GIVEN,
        order_by: AnalyticsCostOrderByParam | NotGiven = NOT_GIVEN,
        organization_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        products: Sequence[AnalyticsUsageCostProductFilterParam] | NotGiven = NOT_GIVEN,
        rbac_group_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        service_tiers: Sequence[AnalyticsServiceTierParam] | NotGiven = NOT_GIVEN,
        session_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        slack_channel_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        speeds: Sequence[AnalyticsSpeedParam] | NotGiven = NOT_GIVEN,
        time_bucket_width: AnalyticsTimeBucketWidthParam | NotGiven = NOT_GIVEN,
        user_profile_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AnalyticsCostItem]:
        """Break the organization's cost over a time range down by the dimensions asked for.

        Args:
            starting_at: Start of the reported range (inclusive, RFC 3339).
            actor_ids: Only rows of these actors.
            actor_types: Only rows of these kinds of actor.
            agent_ids: Only rows of these managed agents.
            api_key_ids: Only rows of these API keys.
            claude_tag_categories: Only rows of these Claude tag categories.
            claude_tag_user_ids: Only rows of these Claude tag users.
            context_windows: Only rows of these context-window tiers.
            deployment_ids: Only rows of these deployments.
            ending_at: End of the reported range (exclusive, RFC 3339).
            environment_ids: Only rows of these environments.
            exclude_deleted_users: Leave out members who have been removed.
            group_by: Break the rows down by these dimensions.
            inference_geos: Only rows that ran in these geographies.
            limit: Items per page.
            models: Only rows of these models.
            order: Sort direction.
            order_by: Field to sort by.
            organization_ids: Only rows of these organizations.
            page: The `next_page` of the previous page; omit for the first page.
            products: Only rows of these products.
            rbac_group_ids: Only rows of these RBAC groups.
            service_tiers: Only rows of these service tiers.
            session_ids: Only rows of these sessions.
            slack_channel_ids: Only rows of these Slack channels.
            speeds: Only rows of these output speeds.
            time_bucket_width: Split the range into buckets of this width; omit for one row per
                group over the whole range.
            user_profile_ids: Only rows of these user profiles.
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
            Page[AnalyticsCostItem]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_analytics_cost_list_options(
            starting_at=starting_at,
            actor_ids=actor_ids,
            actor_types=actor_types,
            agent_ids=agent_ids,
            api_key_ids=api_key_ids,
            claude_tag_categories=claude_tag_categories,
            claude_tag_user_ids=claude_tag_user_ids,
            context_windows=context_windows,
            deployment_ids=deployment_ids,
            ending_at=ending_at,
            environment_ids=environment_ids,
            exclude_deleted_users=exclude_deleted_users,
            group_by=group_by,
            inference_geos=inference_geos,
            limit=limit,
            models=models,
            order=order,
            order_by=order_by,
            organization_ids=organization_ids,
            page=page,
            products=products,
            rbac_group_ids=rbac_group_ids,
            service_tiers=service_tiers,
            session_ids=session_ids,
            slack_channel_ids=slack_channel_ids,
            speeds=speeds,
            time_bucket_width=time_bucket_width,
            user_profile_ids=user_profile_ids,
            workspace_ids=workspace_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_analytics_cost_item_page))


class AsyncBetaCostWithRawResponse:
    """`AsyncBetaCost`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaCost) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBetaCostWithStreamingResponse:
    """`AsyncBetaCost`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaCost) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
