# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.organization_rate_limit_page import OrganizationRateLimitPage


def _load_organization_rate_limit_page() -> type[OrganizationRateLimitPage]:
    from ..types._models.organization_rate_limit_page import OrganizationRateLimitPage

    return OrganizationRateLimitPage


def _organization_rate_limits_list_options(
    *,
    group_type: object = NOT_GIVEN,
    model: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("group_type", group_type, (str,))
    check_type("model", model, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.rate_limits.list",
        span_route="/v1/organizations/rate_limits",
        path="/v1/organizations/rate_limits",
        params=strip_not_given(
            {
                "group_type": group_type,
                "model": model,
                "limit": limit,
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
