# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.increase_request_approve_response import IncreaseRequestApproveResponse
    from ..types._models.spend_limit_increase_request import SpendLimitIncreaseRequest
    from ..types._models.spend_limit_increase_request_page import SpendLimitIncreaseRequestPage


def _load_increase_request_approve_response() -> type[IncreaseRequestApproveResponse]:
    from ..types._models.increase_request_approve_response import IncreaseRequestApproveResponse

    return IncreaseRequestApproveResponse


def _load_spend_limit_increase_request() -> type[SpendLimitIncreaseRequest]:
    from ..types._models.spend_limit_increase_request import SpendLimitIncreaseRequest

    return SpendLimitIncreaseRequest


def _load_spend_limit_increase_request_page() -> type[SpendLimitIncreaseRequestPage]:
    from ..types._models.spend_limit_increase_request_page import SpendLimitIncreaseRequestPage

    return SpendLimitIncreaseRequestPage


def _organization_spend_limits_increase_requests_approve_options(
    *,
    spend_limit_increase_request_id: object,
    workspace_id: object = NOT_GIVEN,
    amount: object,
    period: object = NOT_GIVEN,
    suppress_notification: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("spend_limit_increase_request_id", spend_limit_increase_request_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("amount", amount, (str,))
    check_type("period", period, (None.__class__, str))
    check_type("suppress_notification", suppress_notification, (bool,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.spend_limits.increase_requests.approve",
        span_route="/v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/approve",
        span_attributes={
            "anthropic.organization.spend_limit_increase_request.id": spend_limit_increase_request_id,
        },
        path=f"/v1/organizations/spend_limit_increase_requests/{path_segment(spend_limit_increase_request_id, 'spend_limit_increase_request_id')}/approve",
        json_body=strip_not_given(
            {
                "amount": amount,
                "period": period,
                "suppress_notification": suppress_notification,
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


def _organization_spend_limits_increase_requests_deny_options(
    *,
    spend_limit_increase_request_id: object,
    workspace_id: object = NOT_GIVEN,
    suppress_notification: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("spend_limit_increase_request_id", spend_limit_increase_request_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("suppress_notification", suppress_notification, (bool,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.spend_limits.increase_requests.deny",
        span_route="/v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/deny",
        span_attributes={
            "anthropic.organization.spend_limit_increase_request.id": spend_limit_increase_request_id,
        },
        path=f"/v1/organizations/spend_limit_increase_requests/{path_segment(spend_limit_increase_request_id, 'spend_limit_increase_request_id')}/deny",
        json_body=strip_not_given(
            {
                "suppress_notification": suppress_notification,
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


def _organization_spend_limits_increase_requests_list_options(
    *,
    actor_ids: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    status: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("actor_ids", actor_ids, (list, tuple))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("status", status, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.spend_limits.increase_requests.list",
        span_route="/v1/organizations/spend_limit_increase_requests",
        path="/v1/organizations/spend_limit_increase_requests",
        params=strip_not_given(
            {
                "actor_ids[]": actor_ids,
                "limit": limit,
                "page": page,
                "status[]": status,
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


def _organization_spend_limits_increase_requests_retrieve_options(
    *,
    spend_limit_increase_request_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("spend_limit_increase_request_id", spend_limit_increase_request_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.spend_limits.increase_requests.retrieve",
        span_route="/v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}",
        span_attributes={
            "anthropic.organization.spend_limit_increase_request.id": spend_limit_increase_request_id,
        },
        path=f"/v1/organizations/spend_limit_increase_requests/{path_segment(spend_limit_increase_request_id, 'spend_limit_increase_request_id')}",
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
