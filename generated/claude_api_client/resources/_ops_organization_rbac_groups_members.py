# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_rbac_group_member import DeletedRBACGroupMember
    from ..types._models.rbac_group_member import RBACGroupMember
    from ..types._models.rbac_group_member_page import RBACGroupMemberPage


def _load_deleted_rbac_group_member() -> type[DeletedRBACGroupMember]:
    from ..types._models.deleted_rbac_group_member import DeletedRBACGroupMember

    return DeletedRBACGroupMember


def _load_rbac_group_member() -> type[RBACGroupMember]:
    from ..types._models.rbac_group_member import RBACGroupMember

    return RBACGroupMember


def _load_rbac_group_member_page() -> type[RBACGroupMemberPage]:
    from ..types._models.rbac_group_member_page import RBACGroupMemberPage

    return RBACGroupMemberPage


def _organization_rbac_groups_members_add_options(
    *,
    rbac_group_id: object,
    workspace_id: object = NOT_GIVEN,
    user_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("user_id", user_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.rbac_groups.members.add",
        span_route="/v1/organizations/rbac_groups/{rbac_group_id}/members",
        span_created_id=["anthropic.organization.rbac_group.member.id", "user_id"],
        span_attributes={
            "anthropic.organization.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}/members",
        json_body=strip_not_given(
            {
                "user_id": user_id,
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


def _organization_rbac_groups_members_list_options(
    *,
    rbac_group_id: object,
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
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.rbac_groups.members.list",
        span_route="/v1/organizations/rbac_groups/{rbac_group_id}/members",
        span_attributes={
            "anthropic.organization.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}/members",
        params=strip_not_given(
            {
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


def _organization_rbac_groups_members_remove_options(
    *,
    rbac_group_id: object,
    user_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("user_id", user_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.rbac_groups.members.remove",
        span_route="/v1/organizations/rbac_groups/{rbac_group_id}/members/{user_id}",
        span_attributes={
            "anthropic.organization.rbac_group.id": rbac_group_id,
            "anthropic.organization.rbac_group.member.id": user_id,
        },
        path=f"/v1/organizations/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}/members/{path_segment(user_id, 'user_id')}",
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
