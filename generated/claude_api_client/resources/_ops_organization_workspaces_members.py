# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.member_remove_response import MemberRemoveResponse
    from ..types._models.workspace_member import WorkspaceMember
    from ..types._models.workspace_member_page import WorkspaceMemberPage


def _load_member_remove_response() -> type[MemberRemoveResponse]:
    from ..types._models.member_remove_response import MemberRemoveResponse

    return MemberRemoveResponse


def _load_workspace_member() -> type[WorkspaceMember]:
    from ..types._models.workspace_member import WorkspaceMember

    return WorkspaceMember


def _load_workspace_member_page() -> type[WorkspaceMemberPage]:
    from ..types._models.workspace_member_page import WorkspaceMemberPage

    return WorkspaceMemberPage


def _organization_workspaces_members_add_options(
    *,
    workspace_id: object,
    user_id: object,
    workspace_role: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("user_id", user_id, (str,))
    check_type("workspace_role", workspace_role, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.members.add",
        span_route="/v1/organizations/workspaces/{workspace_id}/members",
        span_created_id=["anthropic.organization.workspace.member.id", "user_id"],
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/members",
        json_body=strip_not_given(
            {
                "user_id": user_id,
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


def _organization_workspaces_members_list_options(
    *,
    workspace_id: object,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.workspaces.members.list",
        span_route="/v1/organizations/workspaces/{workspace_id}/members",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/members",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_members_remove_options(
    *,
    workspace_id: object,
    user_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("user_id", user_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.workspaces.members.remove",
        span_route="/v1/organizations/workspaces/{workspace_id}/members/{user_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
            "anthropic.organization.workspace.member.id": user_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/members/{path_segment(user_id, 'user_id')}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_members_retrieve_options(
    *,
    workspace_id: object,
    user_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("user_id", user_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.workspaces.members.retrieve",
        span_route="/v1/organizations/workspaces/{workspace_id}/members/{user_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
            "anthropic.organization.workspace.member.id": user_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/members/{path_segment(user_id, 'user_id')}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_members_update_options(
    *,
    workspace_id: object,
    user_id: object,
    workspace_role: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("user_id", user_id, (str,))
    check_type("workspace_role", workspace_role, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.members.update",
        span_route="/v1/organizations/workspaces/{workspace_id}/members/{user_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
            "anthropic.organization.workspace.member.id": user_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/members/{path_segment(user_id, 'user_id')}",
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
