# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.service_account_workspace_member import ServiceAccountWorkspaceMember
    from ..types._models.service_account_workspace_member_page import (
        ServiceAccountWorkspaceMemberPage,
    )
    from ..types._models.service_account_workspace_remove_response import (
        ServiceAccountWorkspaceRemoveResponse,
    )


def _load_service_account_workspace_member() -> type[ServiceAccountWorkspaceMember]:
    from ..types._models.service_account_workspace_member import ServiceAccountWorkspaceMember

    return ServiceAccountWorkspaceMember


def _load_service_account_workspace_member_page() -> type[ServiceAccountWorkspaceMemberPage]:
    from ..types._models.service_account_workspace_member_page import (
        ServiceAccountWorkspaceMemberPage,
    )

    return ServiceAccountWorkspaceMemberPage


def _load_service_account_workspace_remove_response() -> type[
    ServiceAccountWorkspaceRemoveResponse
]:
    from ..types._models.service_account_workspace_remove_response import (
        ServiceAccountWorkspaceRemoveResponse,
    )

    return ServiceAccountWorkspaceRemoveResponse


def _organization_workspaces_service_accounts_add_options(
    *,
    workspace_id: object,
    service_account_id: object,
    workspace_role: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("service_account_id", service_account_id, (str,))
    check_type("workspace_role", workspace_role, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.service_accounts.add",
        span_route="/v1/organizations/workspaces/{workspace_id}/service_accounts",
        span_created_id=[
            "anthropic.organization.workspace.service_account.id",
            "service_account_id",
        ],
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/service_accounts",
        json_body=strip_not_given(
            {
                "service_account_id": service_account_id,
                "workspace_role": workspace_role,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_service_accounts_list_options(
    *,
    workspace_id: object,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.workspaces.service_accounts.list",
        span_route="/v1/organizations/workspaces/{workspace_id}/service_accounts",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/service_accounts",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_service_accounts_remove_options(
    *,
    workspace_id: object,
    service_account_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("service_account_id", service_account_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.workspaces.service_accounts.remove",
        span_route="/v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
            "anthropic.organization.workspace.service_account.id": service_account_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/service_accounts/{path_segment(service_account_id, 'service_account_id')}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_service_accounts_retrieve_options(
    *,
    workspace_id: object,
    service_account_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("service_account_id", service_account_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.workspaces.service_accounts.retrieve",
        span_route="/v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
            "anthropic.organization.workspace.service_account.id": service_account_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/service_accounts/{path_segment(service_account_id, 'service_account_id')}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_service_accounts_update_options(
    *,
    workspace_id: object,
    service_account_id: object,
    workspace_role: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("service_account_id", service_account_id, (str,))
    check_type("workspace_role", workspace_role, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.service_accounts.update",
        span_route="/v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
            "anthropic.organization.workspace.service_account.id": service_account_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/service_accounts/{path_segment(service_account_id, 'service_account_id')}",
        json_body=strip_not_given(
            {
                "workspace_role": workspace_role,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
