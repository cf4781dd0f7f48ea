# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.analytics_cost_report_time_bucket_page import (
        AnalyticsCostReportTimeBucketPage,
    )


def _load_analytics_cost_report_time_bucket_page() -> type[AnalyticsCostReportTimeBucketPage]:
    from ..types._models.analytics_cost_report_time_bucket_page import (
        AnalyticsCostReportTimeBucketPage,
    )

    return AnalyticsCostReportTimeBucketPage


def _organization_analytics_cost_report_list_options(
    *,
    starting_at: object,
    bucket_width: object = NOT_GIVEN,
    claude_tag_categories: object = NOT_GIVEN,
    claude_tag_user_ids: object = NOT_GIVEN,
    context_windows: object = NOT_GIVEN,
    ending_at: object = NOT_GIVEN,
    group_by: object = NOT_GIVEN,
    inference_geos: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    models: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    products: object = NOT_GIVEN,
    rbac_group_ids: object = NOT_GIVEN,
    slack_channel_ids: object = NOT_GIVEN,
    speeds: object = NOT_GIVEN,
    user_ids: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("starting_at", starting_at)
    check_type("bucket_width", bucket_width, (str,))
    check_type("claude_tag_categories", claude_tag_categories, (list, tuple))
    check_type("claude_tag_user_ids", claude_tag_user_ids, (list, tuple))
    check_type("context_windows", context_windows, (list, tuple))
    check_type("group_by", group_by, (list, tuple))
    check_type("inference_geos", inference_geos, (list, tuple))
    check_type("limit", limit, (int,))
    check_type("models", models, (list, tuple))
    check_type("page", page, (str,))
    check_type("products", products, (list, tuple))
    check_type("rbac_group_ids", rbac_group_ids, (list, tuple))
    check_type("slack_channel_ids", slack_channel_ids, (list, tuple))
    check_type("speeds", speeds, (list, tuple))
    check_type("user_ids", user_ids, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.analytics.cost_report.list",
        span_route="/v1/organizations/analytics/cost_report",
        path="/v1/organizations/analytics/cost_report",
        params=strip_not_given(
            {
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            }
        ),
        headers=operation_headers(
            [],
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
