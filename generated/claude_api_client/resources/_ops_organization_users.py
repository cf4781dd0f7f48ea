# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.organization_user import OrganizationUser
    from ..types._models.organization_user_page import OrganizationUserPage
    from ..types._models.user_remove_response import UserRemoveResponse


def _load_organization_user() -> type[OrganizationUser]:
    from ..types._models.organization_user import OrganizationUser

    return OrganizationUser


def _load_organization_user_page() -> type[OrganizationUserPage]:
    from ..types._models.organization_user_page import OrganizationUserPage

    return OrganizationUserPage


def _load_user_remove_response() -> type[UserRemoveResponse]:
    from ..types._models.user_remove_response import UserRemoveResponse

    return UserRemoveResponse


def _organization_users_list_options(
    *,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    email: object = NOT_GIVEN,
    roles: object = NOT_GIVEN,
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
    check_type("email", email, (str,))
    check_type("roles", roles, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.users.list",
        span_route="/v1/organizations/users",
        path="/v1/organizations/users",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "email": email,
                "roles[]": roles,
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


def _organization_users_remove_options(
    *,
    user_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_id", user_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.users.remove",
        span_route="/v1/organizations/users/{user_id}",
        span_attributes={
            "anthropic.organization.user.id": user_id,
        },
        path=f"/v1/organizations/users/{path_segment(user_id, 'user_id')}",
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


def _organization_users_retrieve_options(
    *,
    user_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_id", user_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.users.retrieve",
        span_route="/v1/organizations/users/{user_id}",
        span_attributes={
            "anthropic.organization.user.id": user_id,
        },
        path=f"/v1/organizations/users/{path_segment(user_id, 'user_id')}",
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


def _organization_users_sign_out_options(
    *,
    user_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_id", user_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.users.sign_out",
        span_route="/v1/organizations/users/{user_id}/sign_out",
        span_attributes={
            "anthropic.organization.user.id": user_id,
        },
        path=f"/v1/organizations/users/{path_segment(user_id, 'user_id')}/sign_out",
        headers=operation_headers(
            ["admin-user-sign-out-2026-10-08"],
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


def _organization_users_update_options(
    *,
    user_id: object,
    workspace_id: object = NOT_GIVEN,
    role: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_id", user_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("role", role, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.users.update",
        span_route="/v1/organizations/users/{user_id}",
        span_attributes={
            "anthropic.organization.user.id": user_id,
        },
        path=f"/v1/organizations/users/{path_segment(user_id, 'user_id')}",
        json_body=strip_not_given(
            {
                "role": role,
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
