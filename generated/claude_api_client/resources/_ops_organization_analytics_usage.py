# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.analytics_usage_item_page import AnalyticsUsageItemPage


def _load_analytics_usage_item_page() -> type[AnalyticsUsageItemPage]:
    from ..types._models.analytics_usage_item_page import AnalyticsUsageItemPage

    return AnalyticsUsageItemPage


def _organization_analytics_usage_list_options(
    *,
    starting_at: object,
    actor_ids: object = NOT_GIVEN,
    actor_types: object = NOT_GIVEN,
    agent_ids: object = NOT_GIVEN,
    api_key_ids: object = NOT_GIVEN,
    claude_tag_categories: object = NOT_GIVEN,
    claude_tag_user_ids: object = NOT_GIVEN,
    context_windows: object = NOT_GIVEN,
    deployment_ids: object = NOT_GIVEN,
    ending_at: object = NOT_GIVEN,
    environment_ids: object = NOT_GIVEN,
    exclude_deleted_users: object = NOT_GIVEN,
    group_by: object = NOT_GIVEN,
    inference_geos: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    models: object = NOT_GIVEN,
    order: object = NOT_GIVEN,
    order_by: object = NOT_GIVEN,
    organization_ids: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    products: object = NOT_GIVEN,
    rbac_group_ids: object = NOT_GIVEN,
    service_tiers: object = NOT_GIVEN,
    session_ids: object = NOT_GIVEN,
    slack_channel_ids: object = NOT_GIVEN,
    speeds: object = NOT_GIVEN,
    time_bucket_width: object = NOT_GIVEN,
    user_profile_ids: object = NOT_GIVEN,
    workspace_ids: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("starting_at", starting_at)
    check_type("actor_ids", actor_ids, (list, tuple))
    check_type("actor_types", actor_types, (list, tuple))
    check_type("agent_ids", agent_ids, (list, tuple))
    check_type("api_key_ids", api_key_ids, (list, tuple))
    check_type("claude_tag_categories", claude_tag_categories, (list, tuple))
    check_type("claude_tag_user_ids", claude_tag_user_ids, (list, tuple))
    check_type("context_windows", context_windows, (list, tuple))
    check_type("deployment_ids", deployment_ids, (list, tuple))
    check_type("environment_ids", environment_ids, (list, tuple))
    check_type("exclude_deleted_users", exclude_deleted_users, (bool,))
    check_type("group_by", group_by, (list, tuple))
    check_type("inference_geos", inference_geos, (list, tuple))
    check_type("limit", limit, (int,))
    check_type("models", models, (list, tuple))
    check_type("order", order, (str,))
    check_type("order_by", order_by, (str,))
    check_type("organization_ids", organization_ids, (list, tuple))
    check_type("page", page, (str,))
    check_type("products", products, (list, tuple))
    check_type("rbac_group_ids", rbac_group_ids, (list, tuple))
    check_type("service_tiers", service_tiers, (list, tuple))
    check_type("session_ids", session_ids, (list, tuple))
    check_type("slack_channel_ids", slack_channel_ids, (list, tuple))
    check_type("speeds", speeds, (list, tuple))
    check_type("time_bucket_width", time_bucket_width, (str,))
    check_type("user_profile_ids", user_profile_ids, (list, tuple))
    check_type("workspace_ids", workspace_ids, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.analytics.usage.list",
        span_route="/v1/organizations/analytics/usage",
        path="/v1/organizations/analytics/usage",
        params=strip_not_given(
            {
                "starting_at": starting_at,
                "actor_ids[]": actor_ids,
                "actor_types[]": actor_types,
                "agent_ids[]": agent_ids,
                "api_key_ids[]": api_key_ids,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "deployment_ids[]": deployment_ids,
                "ending_at": ending_at,
                "environment_ids[]": environment_ids,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "organization_ids[]": organization_ids,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "service_tiers[]": service_tiers,
                "session_ids[]": session_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "time_bucket_width": time_bucket_width,
                "user_profile_ids[]": user_profile_ids,
                "workspace_ids[]": workspace_ids,
            }
        ),
        headers=operation_headers(
            ["analytics-usage-cost-2026-08-24"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
