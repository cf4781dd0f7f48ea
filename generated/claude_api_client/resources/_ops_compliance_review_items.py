# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.compliance_review_item import ComplianceReviewItem


def _load_compliance_review_item() -> type[ComplianceReviewItem]:
    from ..types._models.compliance_review_item import ComplianceReviewItem

    return ComplianceReviewItem


def _compliance_review_items_retrieve_options(
    *,
    item_id: object,
    user_profile_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("item_id", item_id, (str,))
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.compliance.review.items.retrieve",
        span_route="/v1/compliance/review/items/{item_id}",
        span_attributes={
            "anthropic.compliance.review.item.id": item_id,
        },
        path=f"/v1/compliance/review/items/{path_segment(item_id, 'item_id')}",
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-user-profile-id": user_profile_id,
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
