# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.service_account import ServiceAccount
    from ..types._models.service_account_page import ServiceAccountPage


def _load_service_account() -> type[ServiceAccount]:
    from ..types._models.service_account import ServiceAccount

    return ServiceAccount


def _load_service_account_page() -> type[ServiceAccountPage]:
    from ..types._models.service_account_page import ServiceAccountPage

    return ServiceAccountPage


def _organization_service_accounts_archive_options(
    *,
    service_account_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("service_account_id", service_account_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.service_accounts.archive",
        span_route="/v1/organizations/service_accounts/{service_account_id}/archive",
        span_attributes={
            "anthropic.organization.service_account.id": service_account_id,
        },
        path=f"/v1/organizations/service_accounts/{path_segment(service_account_id, 'service_account_id')}/archive",
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


def _organization_service_accounts_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    name: object,
    description: object = NOT_GIVEN,
    organization_role: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("organization_role", organization_role, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.service_accounts.create",
        span_route="/v1/organizations/service_accounts",
        span_created_id=["anthropic.organization.service_account.id", "id"],
        path="/v1/organizations/service_accounts",
        json_body=strip_not_given(
            {
                "name": name,
                "description": description,
                "organization_role": organization_role,
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


def _organization_service_accounts_list_options(
    *,
    include_archived: object = NOT_GIVEN,
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
    check_type("include_archived", include_archived, (bool,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.service_accounts.list",
        span_route="/v1/organizations/service_accounts",
        path="/v1/organizations/service_accounts",
        params=strip_not_given(
            {
                "include_archived": include_archived,
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


def _organization_service_accounts_retrieve_options(
    *,
    service_account_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("service_account_id", service_account_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.service_accounts.retrieve",
        span_route="/v1/organizations/service_accounts/{service_account_id}",
        span_attributes={
            "anthropic.organization.service_account.id": service_account_id,
        },
        path=f"/v1/organizations/service_accounts/{path_segment(service_account_id, 'service_account_id')}",
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


def _organization_service_accounts_update_options(
    *,
    service_account_id: object,
    workspace_id: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    organization_role: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("service_account_id", service_account_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("organization_role", organization_role, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.service_accounts.update",
        span_route="/v1/organizations/service_accounts/{service_account_id}",
        span_attributes={
            "anthropic.organization.service_account.id": service_account_id,
        },
        path=f"/v1/organizations/service_accounts/{path_segment(service_account_id, 'service_account_id')}",
        json_body=strip_not_given(
            {
                "description": description,
                "organization_role": organization_role,
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
