# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.compliance_review_notice_page import ComplianceReviewNoticePage


def _load_compliance_review_notice_page() -> type[ComplianceReviewNoticePage]:
    from ..types._models.compliance_review_notice_page import ComplianceReviewNoticePage

    return ComplianceReviewNoticePage


def _compliance_review_notices_list_options(
    *,
    case_id: object = NOT_GIVEN,
    created_at_gt: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lt: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    order: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("case_id", case_id, (str,))
    check_type("limit", limit, (int,))
    check_type("order", order, (str,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.compliance.review.notices.list",
        span_route="/v1/compliance/review/notices",
        path="/v1/compliance/review/notices",
        params=strip_not_given(
            {
                "case_id": case_id,
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "order": order,
                "page": page,
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
