# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.user_profile_action_url import UserProfileActionURL


def _load_user_profile_action_url() -> type[UserProfileActionURL]:
    from ..types._models.user_profile_action_url import UserProfileActionURL

    return UserProfileActionURL


def _user_profiles_action_urls_create_options(
    *,
    user_profile_id: object,
    workspace_id: object = NOT_GIVEN,
    action: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("action", action)
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.user_profiles.action_urls.create",
        span_route="/v1/user_profiles/{user_profile_id}/action_urls",
        span_attributes={
            "anthropic.user_profile.id": user_profile_id,
        },
        path=f"/v1/user_profiles/{path_segment(user_profile_id, 'user_profile_id')}/action_urls",
        json_body=strip_not_given(
            {
                "action": action,
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
