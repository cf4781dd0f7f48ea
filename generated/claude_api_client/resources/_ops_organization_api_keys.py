# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.api_key import APIKey
    from ..types._models.api_key_page import APIKeyPage


def _load_api_key() -> type[APIKey]:
    from ..types._models.api_key import APIKey

    return APIKey


def _load_api_key_page() -> type[APIKeyPage]:
    from ..types._models.api_key_page import APIKeyPage

    return APIKeyPage


def _organization_api_keys_list_options(
    *,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    created_by_user_id: object = NOT_GIVEN,
    status: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    check_type("created_by_user_id", created_by_user_id, (str,))
    check_type("status", status, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.api_keys.list",
        span_route="/v1/organizations/api_keys",
        path="/v1/organizations/api_keys",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "created_by_user_id": created_by_user_id,
                "status": status,
                "workspace_id": workspace_id,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_api_keys_retrieve_options(
    *,
    api_key_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("api_key_id", api_key_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.api_keys.retrieve",
        span_route="/v1/organizations/api_keys/{api_key_id}",
        span_attributes={
            "anthropic.organization.api_key.id": api_key_id,
        },
        path=f"/v1/organizations/api_keys/{path_segment(api_key_id, 'api_key_id')}",
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


def _organization_api_keys_update_options(
    *,
    api_key_id: object,
    workspace_id: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    status: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("api_key_id", api_key_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (None.__class__, str))
    check_type("status", status, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.api_keys.update",
        span_route="/v1/organizations/api_keys/{api_key_id}",
        span_attributes={
            "anthropic.organization.api_key.id": api_key_id,
        },
        path=f"/v1/organizations/api_keys/{path_segment(api_key_id, 'api_key_id')}",
        json_body=strip_not_given(
            {
                "name": name,
                "status": status,
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
