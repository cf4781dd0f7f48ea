# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.invite_delete_response import InviteDeleteResponse
    from ..types._models.organization_invite import OrganizationInvite
    from ..types._models.organization_invite_page import OrganizationInvitePage


def _load_invite_delete_response() -> type[InviteDeleteResponse]:
    from ..types._models.invite_delete_response import InviteDeleteResponse

    return InviteDeleteResponse


def _load_organization_invite() -> type[OrganizationInvite]:
    from ..types._models.organization_invite import OrganizationInvite

    return OrganizationInvite


def _load_organization_invite_page() -> type[OrganizationInvitePage]:
    from ..types._models.organization_invite_page import OrganizationInvitePage

    return OrganizationInvitePage


def _organization_invites_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    email: object,
    role: object,
    rbac_group_ids: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("email", email, (str,))
    check_type("role", role, (str,))
    check_type("rbac_group_ids", rbac_group_ids, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.invites.create",
        span_route="/v1/organizations/invites",
        span_created_id=["anthropic.organization.invite.id", "id"],
        path="/v1/organizations/invites",
        json_body=strip_not_given(
            {
                "email": email,
                "role": role,
                "rbac_group_ids": rbac_group_ids,
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


def _organization_invites_delete_options(
    *,
    invite_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("invite_id", invite_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.invites.delete",
        span_route="/v1/organizations/invites/{invite_id}",
        span_attributes={
            "anthropic.organization.invite.id": invite_id,
        },
        path=f"/v1/organizations/invites/{path_segment(invite_id, 'invite_id')}",
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


def _organization_invites_list_options(
    *,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    email: object = NOT_GIVEN,
    roles: object = NOT_GIVEN,
    statuses: object = NOT_GIVEN,
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
    check_type("statuses", statuses, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.invites.list",
        span_route="/v1/organizations/invites",
        path="/v1/organizations/invites",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "email": email,
                "roles[]": roles,
                "statuses[]": statuses,
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


def _organization_invites_retrieve_options(
    *,
    invite_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("invite_id", invite_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.invites.retrieve",
        span_route="/v1/organizations/invites/{invite_id}",
        span_attributes={
            "anthropic.organization.invite.id": invite_id,
        },
        path=f"/v1/organizations/invites/{path_segment(invite_id, 'invite_id')}",
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
