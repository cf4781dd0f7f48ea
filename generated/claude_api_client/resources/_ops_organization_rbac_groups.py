# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_rbac_group import DeletedRBACGroup
    from ..types._models.rbac_group import RBACGroup
    from ..types._models.rbac_group_page import RBACGroupPage


def _load_deleted_rbac_group() -> type[DeletedRBACGroup]:
    from ..types._models.deleted_rbac_group import DeletedRBACGroup

    return DeletedRBACGroup


def _load_rbac_group() -> type[RBACGroup]:
    from ..types._models.rbac_group import RBACGroup

    return RBACGroup


def _load_rbac_group_page() -> type[RBACGroupPage]:
    from ..types._models.rbac_group_page import RBACGroupPage

    return RBACGroupPage


def _organization_rbac_groups_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    name: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.rbac_groups.create",
        span_route="/v1/organizations/rbac_groups",
        span_created_id=["anthropic.organization.rbac_group.id", "id"],
        path="/v1/organizations/rbac_groups",
        json_body=strip_not_given(
            {
                "name": name,
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


def _organization_rbac_groups_delete_options(
    *,
    rbac_group_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.rbac_groups.delete",
        span_route="/v1/organizations/rbac_groups/{rbac_group_id}",
        span_attributes={
            "anthropic.organization.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}",
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


def _organization_rbac_groups_list_options(
    *,
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
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.rbac_groups.list",
        span_route="/v1/organizations/rbac_groups",
        path="/v1/organizations/rbac_groups",
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


def _organization_rbac_groups_retrieve_options(
    *,
    rbac_group_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.rbac_groups.retrieve",
        span_route="/v1/organizations/rbac_groups/{rbac_group_id}",
        span_attributes={
            "anthropic.organization.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}",
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


def _organization_rbac_groups_update_options(
    *,
    rbac_group_id: object,
    workspace_id: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.rbac_groups.update",
        span_route="/v1/organizations/rbac_groups/{rbac_group_id}",
        span_attributes={
            "anthropic.organization.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}",
        json_body=strip_not_given(
            {
                "name": name,
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
