# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.compliance_review_case import ComplianceReviewCase
    from ..types._models.compliance_review_case_page import ComplianceReviewCasePage


def _load_compliance_review_case() -> type[ComplianceReviewCase]:
    from ..types._models.compliance_review_case import ComplianceReviewCase

    return ComplianceReviewCase


def _load_compliance_review_case_page() -> type[ComplianceReviewCasePage]:
    from ..types._models.compliance_review_case_page import ComplianceReviewCasePage

    return ComplianceReviewCasePage


def _compliance_review_cases_list_options(
    *,
    created_at_gt: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lt: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    updated_at_gt: object = NOT_GIVEN,
    updated_at_gte: object = NOT_GIVEN,
    updated_at_lt: object = NOT_GIVEN,
    updated_at_lte: object = NOT_GIVEN,
    status: object = NOT_GIVEN,
    user_profile_id: object = NOT_GIVEN,
    order_by: object = NOT_GIVEN,
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
    check_type("status", status, (str,))
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("order_by", order_by, (str,))
    check_type("limit", limit, (int,))
    check_type("order", order, (str,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.compliance.review.cases.list",
        span_route="/v1/compliance/review/cases",
        path="/v1/compliance/review/cases",
        params=strip_not_given(
            {
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "updated_at[gt]": updated_at_gt,
                "updated_at[gte]": updated_at_gte,
                "updated_at[lt]": updated_at_lt,
                "updated_at[lte]": updated_at_lte,
                "status": status,
                "user_profile_id": user_profile_id,
                "order_by": order_by,
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


def _compliance_review_cases_respond_options(
    *,
    case_id: object,
    workspace_id: object = NOT_GIVEN,
    determination: object,
    policy_categories: object = NOT_GIVEN,
    verdicts: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("case_id", case_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("determination", determination, (str,))
    check_type("policy_categories", policy_categories, (list, tuple))
    check_type("verdicts", verdicts, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.compliance.review.cases.respond",
        span_route="/v1/compliance/review/cases/{case_id}/respond",
        span_attributes={
            "anthropic.compliance.review.case.id": case_id,
        },
        path=f"/v1/compliance/review/cases/{path_segment(case_id, 'case_id')}/respond",
        json_body=strip_not_given(
            {
                "determination": determination,
                "policy_categories": policy_categories,
                "verdicts": verdicts,
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


def _compliance_review_cases_retrieve_options(
    *,
    case_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("case_id", case_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.compliance.review.cases.retrieve",
        span_route="/v1/compliance/review/cases/{case_id}",
        span_attributes={
            "anthropic.compliance.review.case.id": case_id,
        },
        path=f"/v1/compliance/review/cases/{path_segment(case_id, 'case_id')}",
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
