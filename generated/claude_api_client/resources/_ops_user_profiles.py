# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_user_profile import DeletedUserProfile
    from ..types._models.user_profile import UserProfile
    from ..types._models.user_profile_enrollment_url import UserProfileEnrollmentURL
    from ..types._models.user_profile_page import UserProfilePage


def _load_deleted_user_profile() -> type[DeletedUserProfile]:
    from ..types._models.deleted_user_profile import DeletedUserProfile

    return DeletedUserProfile


def _load_user_profile() -> type[UserProfile]:
    from ..types._models.user_profile import UserProfile

    return UserProfile


def _load_user_profile_enrollment_url() -> type[UserProfileEnrollmentURL]:
    from ..types._models.user_profile_enrollment_url import UserProfileEnrollmentURL

    return UserProfileEnrollmentURL


def _load_user_profile_page() -> type[UserProfilePage]:
    from ..types._models.user_profile_page import UserProfilePage

    return UserProfilePage


def _user_profiles_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    external_id: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    relationship: object = NOT_GIVEN,
    access_type: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    external_user_details: object = NOT_GIVEN,
    external_user_onboarded_at: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("external_id", external_id, (None.__class__, str))
    check_type("name", name, (None.__class__, str))
    check_type("relationship", relationship, (str,))
    check_type("access_type", access_type, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.user_profiles.create",
        span_route="/v1/user_profiles",
        span_created_id=["anthropic.user_profile.id", "id"],
        path="/v1/user_profiles",
        json_body=strip_not_given(
            {
                "external_id": external_id,
                "name": name,
                "relationship": relationship,
                "access_type": access_type,
                "metadata": metadata,
                "external_user_details": external_user_details,
                "external_user_onboarded_at": external_user_onboarded_at,
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


def _user_profiles_create_enrollment_url_options(
    *,
    user_profile_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.user_profiles.create_enrollment_url",
        span_route="/v1/user_profiles/{user_profile_id}/enrollment_url",
        span_attributes={
            "anthropic.user_profile.id": user_profile_id,
        },
        path=f"/v1/user_profiles/{path_segment(user_profile_id, 'user_profile_id')}/enrollment_url",
        headers=operation_headers(
            ["user-profiles-2026-08-18"],
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


def _user_profiles_delete_options(
    *,
    user_profile_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.user_profiles.delete",
        span_route="/v1/user_profiles/{user_profile_id}",
        span_attributes={
            "anthropic.user_profile.id": user_profile_id,
        },
        path=f"/v1/user_profiles/{path_segment(user_profile_id, 'user_profile_id')}",
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


def _user_profiles_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    order: object = NOT_GIVEN,
    order_by: object = NOT_GIVEN,
    enforcement_status: object = NOT_GIVEN,
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
    check_type("order", order, (str,))
    check_type("order_by", order_by, (str,))
    check_type("enforcement_status", enforcement_status, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.user_profiles.list",
        span_route="/v1/user_profiles",
        path="/v1/user_profiles",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "order": order,
                "order_by": order_by,
                "enforcement_status[]": enforcement_status,
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


def _user_profiles_retrieve_options(
    *,
    user_profile_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.user_profiles.retrieve",
        span_route="/v1/user_profiles/{user_profile_id}",
        span_attributes={
            "anthropic.user_profile.id": user_profile_id,
        },
        path=f"/v1/user_profiles/{path_segment(user_profile_id, 'user_profile_id')}",
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


def _user_profiles_update_options(
    *,
    user_profile_id: object,
    workspace_id: object = NOT_GIVEN,
    external_id: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    relationship: object = NOT_GIVEN,
    access_type: object = NOT_GIVEN,
    external_user_details: object = NOT_GIVEN,
    external_user_onboarded_at: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("external_id", external_id, (None.__class__, str))
    check_type("name", name, (None.__class__, str))
    check_type("relationship", relationship, (None.__class__, str))
    check_type("access_type", access_type, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.user_profiles.update",
        span_route="/v1/user_profiles/{user_profile_id}",
        span_attributes={
            "anthropic.user_profile.id": user_profile_id,
        },
        path=f"/v1/user_profiles/{path_segment(user_profile_id, 'user_profile_id')}",
        json_body=strip_not_given(
            {
                "external_id": external_id,
                "metadata": metadata,
                "name": name,
                "relationship": relationship,
                "access_type": access_type,
                "external_user_details": external_user_details,
                "external_user_onboarded_at": external_user_onboarded_at,
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
