# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_external_storage import DeletedExternalStorage
    from ..types._models.external_storage import ExternalStorage
    from ..types._models.external_storage_page import ExternalStoragePage


def _load_deleted_external_storage() -> type[DeletedExternalStorage]:
    from ..types._models.deleted_external_storage import DeletedExternalStorage

    return DeletedExternalStorage


def _load_external_storage() -> type[ExternalStorage]:
    from ..types._models.external_storage import ExternalStorage

    return ExternalStorage


def _load_external_storage_page() -> type[ExternalStoragePage]:
    from ..types._models.external_storage_page import ExternalStoragePage

    return ExternalStoragePage


def _organization_external_storage_activate_options(
    *,
    external_storage_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_storage_id", external_storage_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.external_storage.activate",
        span_route="/v1/organizations/external_storage/{external_storage_id}/activate",
        span_attributes={
            "anthropic.organization.external_storage.id": external_storage_id,
        },
        path=f"/v1/organizations/external_storage/{path_segment(external_storage_id, 'external_storage_id')}/activate",
        headers=operation_headers(
            ["efs-2026-10-01"],
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


def _organization_external_storage_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    provider_config: object,
    display_name: object = NOT_GIVEN,
    user_profile_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("provider_config", provider_config)
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    check_type("user_profile_id", user_profile_id, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.external_storage.create",
        span_route="/v1/organizations/external_storage",
        span_created_id=["anthropic.organization.external_storage.id", "id"],
        path="/v1/organizations/external_storage",
        json_body=strip_not_given(
            {
                "provider_config": provider_config,
                "display_name": display_name,
                "user_profile_id": user_profile_id,
            }
        ),
        headers=operation_headers(
            ["efs-2026-10-01"],
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


def _organization_external_storage_delete_options(
    *,
    external_storage_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_storage_id", external_storage_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.external_storage.delete",
        span_route="/v1/organizations/external_storage/{external_storage_id}",
        span_attributes={
            "anthropic.organization.external_storage.id": external_storage_id,
        },
        path=f"/v1/organizations/external_storage/{path_segment(external_storage_id, 'external_storage_id')}",
        headers=operation_headers(
            ["efs-2026-10-01"],
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


def _organization_external_storage_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    user_profile_ids: object = NOT_GIVEN,
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
    check_type("user_profile_ids", user_profile_ids, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.external_storage.list",
        span_route="/v1/organizations/external_storage",
        path="/v1/organizations/external_storage",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "user_profile_ids[]": user_profile_ids,
            }
        ),
        headers=operation_headers(
            ["efs-2026-10-01"],
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


def _organization_external_storage_retrieve_options(
    *,
    external_storage_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_storage_id", external_storage_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.external_storage.retrieve",
        span_route="/v1/organizations/external_storage/{external_storage_id}",
        span_attributes={
            "anthropic.organization.external_storage.id": external_storage_id,
        },
        path=f"/v1/organizations/external_storage/{path_segment(external_storage_id, 'external_storage_id')}",
        headers=operation_headers(
            ["efs-2026-10-01"],
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


def _organization_external_storage_update_options(
    *,
    external_storage_id: object,
    workspace_id: object = NOT_GIVEN,
    display_name: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_storage_id", external_storage_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.external_storage.update",
        span_route="/v1/organizations/external_storage/{external_storage_id}",
        span_attributes={
            "anthropic.organization.external_storage.id": external_storage_id,
        },
        path=f"/v1/organizations/external_storage/{path_segment(external_storage_id, 'external_storage_id')}",
        json_body=strip_not_given(
            {
                "display_name": display_name,
            }
        ),
        headers=operation_headers(
            ["efs-2026-10-01"],
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
