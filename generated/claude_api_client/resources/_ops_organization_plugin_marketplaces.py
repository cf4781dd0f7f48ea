# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.plugin_marketplace import PluginMarketplace
    from ..types._models.plugin_marketplace_page import PluginMarketplacePage
    from ..types._models.plugin_marketplace_validation_report import (
        PluginMarketplaceValidationReport,
    )


def _load_plugin_marketplace() -> type[PluginMarketplace]:
    from ..types._models.plugin_marketplace import PluginMarketplace

    return PluginMarketplace


def _load_plugin_marketplace_page() -> type[PluginMarketplacePage]:
    from ..types._models.plugin_marketplace_page import PluginMarketplacePage

    return PluginMarketplacePage


def _load_plugin_marketplace_validation_report() -> type[PluginMarketplaceValidationReport]:
    from ..types._models.plugin_marketplace_validation_report import (
        PluginMarketplaceValidationReport,
    )

    return PluginMarketplaceValidationReport


def _organization_plugin_marketplaces_list_options(
    *,
    limit: object = NOT_GIVEN,
    organization_id: object = NOT_GIVEN,
    owner_type: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    source: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("limit", limit, (int,))
    check_type("organization_id", organization_id, (str,))
    check_type("owner_type", owner_type, (str,))
    check_type("page", page, (str,))
    check_type("source", source, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugin_marketplaces.list",
        span_route="/v1/organizations/plugin_marketplaces",
        path="/v1/organizations/plugin_marketplaces",
        params=strip_not_given(
            {
                "limit": limit,
                "organization_id": organization_id,
                "owner_type": owner_type,
                "page": page,
                "source": source,
            }
        ),
        headers=operation_headers(
            ["ce-plugins-2026-09-01"],
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


def _organization_plugin_marketplaces_retrieve_options(
    *,
    marketplace_id: object,
    organization_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("marketplace_id", marketplace_id, (str,))
    check_type("organization_id", organization_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugin_marketplaces.retrieve",
        span_route="/v1/organizations/plugin_marketplaces/{marketplace_id}",
        span_attributes={
            "anthropic.organization.plugin_marketplace.id": marketplace_id,
        },
        path=f"/v1/organizations/plugin_marketplaces/{path_segment(marketplace_id, 'marketplace_id')}",
        params=strip_not_given(
            {
                "organization_id": organization_id,
            }
        ),
        headers=operation_headers(
            ["ce-plugins-2026-09-01"],
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


def _organization_plugin_marketplaces_update_options(
    *,
    marketplace_id: object,
    workspace_id: object = NOT_GIVEN,
    default_installation_preference: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("marketplace_id", marketplace_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("default_installation_preference", default_installation_preference, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.plugin_marketplaces.update",
        span_route="/v1/organizations/plugin_marketplaces/{marketplace_id}",
        span_attributes={
            "anthropic.organization.plugin_marketplace.id": marketplace_id,
        },
        path=f"/v1/organizations/plugin_marketplaces/{path_segment(marketplace_id, 'marketplace_id')}",
        json_body=strip_not_given(
            {
                "default_installation_preference": default_installation_preference,
            }
        ),
        headers=operation_headers(
            ["ce-plugins-2026-09-01"],
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


def _organization_plugin_marketplaces_validate_archive_options(
    *,
    workspace_id: object = NOT_GIVEN,
    archive: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("archive", archive)
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.plugin_marketplaces.validate_archive",
        span_route="/v1/organizations/plugin_marketplaces/validate_archive",
        path="/v1/organizations/plugin_marketplaces/validate_archive",
        multipart=[
            ("archive", archive),
        ],
        upload_fields=("archive",),
        headers=operation_headers(
            ["ce-plugins-2026-09-01"],
            betas,
            {
                "Content-Type": "multipart/form-data",
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_plugin_marketplaces_validate_repository_options(
    *,
    workspace_id: object = NOT_GIVEN,
    repository_url: object,
    ref: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("repository_url", repository_url, (str,))
    check_type("ref", ref, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.plugin_marketplaces.validate_repository",
        span_route="/v1/organizations/plugin_marketplaces/validate_repository",
        path="/v1/organizations/plugin_marketplaces/validate_repository",
        json_body=strip_not_given(
            {
                "repository_url": repository_url,
                "ref": ref,
            }
        ),
        headers=operation_headers(
            ["ce-plugins-2026-09-01"],
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
