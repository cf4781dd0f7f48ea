# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.spend_summary_page import SpendSummaryPage


def _load_spend_summary_page() -> type[SpendSummaryPage]:
    from ..types._models.spend_summary_page import SpendSummaryPage

    return SpendSummaryPage


def _organization_spend_limits_effective_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    period: object = NOT_GIVEN,
    user_ids: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("period", period, (list, tuple))
    check_type("user_ids", user_ids, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.spend_limits.effective.list",
        span_route="/v1/organizations/spend_limits/effective",
        path="/v1/organizations/spend_limits/effective",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "period[]": period,
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
