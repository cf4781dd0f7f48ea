# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.analytics_user_activity_page import AnalyticsUserActivityPage


def _load_analytics_user_activity_page() -> type[AnalyticsUserActivityPage]:
    from ..types._models.analytics_user_activity_page import AnalyticsUserActivityPage

    return AnalyticsUserActivityPage


def _organization_analytics_users_list_options(
    *,
    date: object = NOT_GIVEN,
    starting_date: object = NOT_GIVEN,
    ending_date: object = NOT_GIVEN,
    filter: object = NOT_GIVEN,
    group_by: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    order: object = NOT_GIVEN,
    order_by: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("filter", filter, (list, tuple))
    check_type("group_by", group_by, (list, tuple))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("order", order, (str,))
    check_type("order_by", order_by, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.analytics.users.list",
        span_route="/v1/organizations/analytics/users",
        path="/v1/organizations/analytics/users",
        params=strip_not_given(
            {
                "date": date,
                "starting_date": starting_date,
                "ending_date": ending_date,
                "filter[]": filter,
                "group_by[]": group_by,
                "limit": limit,
                "page": page,
                "order": order,
                "order_by": order_by,
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
