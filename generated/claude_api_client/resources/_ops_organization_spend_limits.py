# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.spend_limit import SpendLimit
    from ..types._models.spend_limit_delete_response import SpendLimitDeleteResponse
    from ..types._models.spend_limit_page import SpendLimitPage


def _load_spend_limit() -> type[SpendLimit]:
    from ..types._models.spend_limit import SpendLimit

    return SpendLimit


def _load_spend_limit_delete_response() -> type[SpendLimitDeleteResponse]:
    from ..types._models.spend_limit_delete_response import SpendLimitDeleteResponse

    return SpendLimitDeleteResponse


def _load_spend_limit_page() -> type[SpendLimitPage]:
    from ..types._models.spend_limit_page import SpendLimitPage

    return SpendLimitPage


def _organization_spend_limits_delete_options(
    *,
    spend_limit_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("spend_limit_id", spend_limit_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.spend_limits.delete",
        span_route="/v1/organizations/spend_limits/{spend_limit_id}",
        span_attributes={
            "anthropic.organization.spend_limit.id": spend_limit_id,
        },
        path=f"/v1/organizations/spend_limits/{path_segment(spend_limit_id, 'spend_limit_id')}",
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


def _organization_spend_limits_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    scope_type: object = NOT_GIVEN,
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
    check_type("scope_type", scope_type, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.spend_limits.list",
        span_route="/v1/organizations/spend_limits",
        path="/v1/organizations/spend_limits",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "scope_type[]": scope_type,
                "workspace_id": workspace_id,
            }
        ),
        headers=operation_headers(["spend-limit-reads-2026-09-26"], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_spend_limits_retrieve_options(
    *,
    spend_limit_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("spend_limit_id", spend_limit_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.spend_limits.retrieve",
        span_route="/v1/organizations/spend_limits/{spend_limit_id}",
        span_attributes={
            "anthropic.organization.spend_limit.id": spend_limit_id,
        },
        path=f"/v1/organizations/spend_limits/{path_segment(spend_limit_id, 'spend_limit_id')}",
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


def _organization_spend_limits_set_options(
    *,
    workspace_id: object = NOT_GIVEN,
    amount: object,
    scope: object,
    period: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("scope", scope)
    check_type("workspace_id", workspace_id, (str,))
    check_type("amount", amount, (None.__class__, str))
    check_type("period", period, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.spend_limits.set",
        span_route="/v1/organizations/spend_limits",
        span_created_id=["anthropic.organization.spend_limit.id", "id"],
        path="/v1/organizations/spend_limits",
        json_body=strip_not_given(
            {
                "amount": amount,
                "scope": scope,
                "period": period,
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
