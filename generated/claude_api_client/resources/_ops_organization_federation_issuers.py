# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.federation_issuer import FederationIssuer
    from ..types._models.federation_issuer_page import FederationIssuerPage


def _load_federation_issuer() -> type[FederationIssuer]:
    from ..types._models.federation_issuer import FederationIssuer

    return FederationIssuer


def _load_federation_issuer_page() -> type[FederationIssuerPage]:
    from ..types._models.federation_issuer_page import FederationIssuerPage

    return FederationIssuerPage


def _organization_federation_issuers_archive_options(
    *,
    federation_issuer_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("federation_issuer_id", federation_issuer_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.federation.issuers.archive",
        span_route="/v1/organizations/federation_issuers/{federation_issuer_id}/archive",
        span_attributes={
            "anthropic.organization.federation_issuer.id": federation_issuer_id,
        },
        path=f"/v1/organizations/federation_issuers/{path_segment(federation_issuer_id, 'federation_issuer_id')}/archive",
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


def _organization_federation_issuers_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    issuer_url: object,
    name: object,
    check_jti: object = NOT_GIVEN,
    jwks: object = NOT_GIVEN,
    max_jwt_lifetime_seconds: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("issuer_url", issuer_url, (str,))
    check_type("name", name, (str,))
    check_type("check_jti", check_jti, (None.__class__, bool))
    check_type("max_jwt_lifetime_seconds", max_jwt_lifetime_seconds, (None.__class__, int))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.federation.issuers.create",
        span_route="/v1/organizations/federation_issuers",
        span_created_id=["anthropic.organization.federation_issuer.id", "id"],
        path="/v1/organizations/federation_issuers",
        json_body=strip_not_given(
            {
                "issuer_url": issuer_url,
                "name": name,
                "check_jti": check_jti,
                "jwks": jwks,
                "max_jwt_lifetime_seconds": max_jwt_lifetime_seconds,
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


def _organization_federation_issuers_list_options(
    *,
    include_archived: object = NOT_GIVEN,
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
    check_type("include_archived", include_archived, (bool,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.federation.issuers.list",
        span_route="/v1/organizations/federation_issuers",
        path="/v1/organizations/federation_issuers",
        params=strip_not_given(
            {
                "include_archived": include_archived,
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


def _organization_federation_issuers_retrieve_options(
    *,
    federation_issuer_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("federation_issuer_id", federation_issuer_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.federation.issuers.retrieve",
        span_route="/v1/organizations/federation_issuers/{federation_issuer_id}",
        span_attributes={
            "anthropic.organization.federation_issuer.id": federation_issuer_id,
        },
        path=f"/v1/organizations/federation_issuers/{path_segment(federation_issuer_id, 'federation_issuer_id')}",
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


def _organization_federation_issuers_update_options(
    *,
    federation_issuer_id: object,
    workspace_id: object = NOT_GIVEN,
    check_jti: object = NOT_GIVEN,
    issuer_url: object = NOT_GIVEN,
    jwks: object = NOT_GIVEN,
    jwks_polling_disabled: object = NOT_GIVEN,
    max_jwt_lifetime_seconds: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("federation_issuer_id", federation_issuer_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("check_jti", check_jti, (None.__class__, bool))
    check_type("issuer_url", issuer_url, (None.__class__, str))
    check_type("jwks_polling_disabled", jwks_polling_disabled, (None.__class__, bool))
    check_type("max_jwt_lifetime_seconds", max_jwt_lifetime_seconds, (None.__class__, int))
    check_type("name", name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.federation.issuers.update",
        span_route="/v1/organizations/federation_issuers/{federation_issuer_id}",
        span_attributes={
            "anthropic.organization.federation_issuer.id": federation_issuer_id,
        },
        path=f"/v1/organizations/federation_issuers/{path_segment(federation_issuer_id, 'federation_issuer_id')}",
        json_body=strip_not_given(
            {
                "check_jti": check_jti,
                "issuer_url": issuer_url,
                "jwks": jwks,
                "jwks_polling_disabled": jwks_polling_disabled,
                "max_jwt_lifetime_seconds": max_jwt_lifetime_seconds,
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
