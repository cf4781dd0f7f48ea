# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.external_key import ExternalKey
    from ..types._models.external_key_delete_response import ExternalKeyDeleteResponse
    from ..types._models.external_key_page import ExternalKeyPage
    from ..types._models.external_key_validate_response import ExternalKeyValidateResponse


def _load_external_key() -> type[ExternalKey]:
    from ..types._models.external_key import ExternalKey

    return ExternalKey


def _load_external_key_delete_response() -> type[ExternalKeyDeleteResponse]:
    from ..types._models.external_key_delete_response import ExternalKeyDeleteResponse

    return ExternalKeyDeleteResponse


def _load_external_key_page() -> type[ExternalKeyPage]:
    from ..types._models.external_key_page import ExternalKeyPage

    return ExternalKeyPage


def _load_external_key_validate_response() -> type[ExternalKeyValidateResponse]:
    from ..types._models.external_key_validate_response import ExternalKeyValidateResponse

    return ExternalKeyValidateResponse


def _organization_external_keys_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    provider_config: object,
    display_name: object = NOT_GIVEN,
    geo: object = NOT_GIVEN,
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
    check_type("geo", geo, (str,))
    check_type("user_profile_id", user_profile_id, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.external_keys.create",
        span_route="/v1/organizations/external_keys",
        span_created_id=["anthropic.organization.external_key.id", "id"],
        path="/v1/organizations/external_keys",
        json_body=strip_not_given(
            {
                "provider_config": provider_config,
                "display_name": display_name,
                "geo": geo,
                "user_profile_id": user_profile_id,
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


def _organization_external_keys_delete_options(
    *,
    external_key_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_key_id", external_key_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.external_keys.delete",
        span_route="/v1/organizations/external_keys/{external_key_id}",
        span_attributes={
            "anthropic.organization.external_key.id": external_key_id,
        },
        path=f"/v1/organizations/external_keys/{path_segment(external_key_id, 'external_key_id')}",
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


def _organization_external_keys_list_options(
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
        span_name="anthropic.organization.external_keys.list",
        span_route="/v1/organizations/external_keys",
        path="/v1/organizations/external_keys",
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


def _organization_external_keys_retrieve_options(
    *,
    external_key_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_key_id", external_key_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.external_keys.retrieve",
        span_route="/v1/organizations/external_keys/{external_key_id}",
        span_attributes={
            "anthropic.organization.external_key.id": external_key_id,
        },
        path=f"/v1/organizations/external_keys/{path_segment(external_key_id, 'external_key_id')}",
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


def _organization_external_keys_update_options(
    *,
    external_key_id: object,
    workspace_id: object = NOT_GIVEN,
    display_name: object = NOT_GIVEN,
    geo: object = NOT_GIVEN,
    provider_config: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_key_id", external_key_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    check_type("geo", geo, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.external_keys.update",
        span_route="/v1/organizations/external_keys/{external_key_id}",
        span_attributes={
            "anthropic.organization.external_key.id": external_key_id,
        },
        path=f"/v1/organizations/external_keys/{path_segment(external_key_id, 'external_key_id')}",
        json_body=strip_not_given(
            {
                "display_name": display_name,
                "geo": geo,
                "provider_config": provider_config,
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


def _organization_external_keys_validate_options(
    *,
    external_key_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("external_key_id", external_key_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.external_keys.validate",
        span_route="/v1/organizations/external_keys/{external_key_id}/validate",
        span_attributes={
            "anthropic.organization.external_key.id": external_key_id,
        },
        path=f"/v1/organizations/external_keys/{path_segment(external_key_id, 'external_key_id')}/validate",
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
