# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.google_managed_data_controls import GoogleManagedDataControls


def _load_google_managed_data_controls() -> type[GoogleManagedDataControls]:
    from ..types._models.google_managed_data_controls import GoogleManagedDataControls

    return GoogleManagedDataControls


def _user_profiles_providers_google_data_controls_retrieve_options(
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
        span_name="anthropic.user_profiles.providers.google.data_controls.retrieve",
        span_route="/v1/user_profiles/{user_profile_id}/providers/google/data_controls",
        span_attributes={
            "anthropic.user_profile.id": user_profile_id,
        },
        path=f"/v1/user_profiles/{path_segment(user_profile_id, 'user_profile_id')}/providers/google/data_controls",
        headers=operation_headers(
            ["user-profiles-2026-09-04", "google-managed-data-controls-2026-09-01"],
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


def _user_profiles_providers_google_data_controls_update_options(
    *,
    user_profile_id: object,
    workspace_id: object = NOT_GIVEN,
    cmek: object = NOT_GIVEN,
    storage: object = NOT_GIVEN,
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
        span_name="anthropic.user_profiles.providers.google.data_controls.update",
        span_route="/v1/user_profiles/{user_profile_id}/providers/google/data_controls",
        span_attributes={
            "anthropic.user_profile.id": user_profile_id,
        },
        path=f"/v1/user_profiles/{path_segment(user_profile_id, 'user_profile_id')}/providers/google/data_controls",
        json_body=strip_not_given(
            {
                "cmek": cmek,
                "storage": storage,
            }
        ),
        headers=operation_headers(
            ["user-profiles-2026-09-04", "google-managed-data-controls-2026-09-01"],
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
