# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.plugin_version import PluginVersion
    from ..types._models.plugin_version_page import PluginVersionPage


def _load_plugin_version() -> type[PluginVersion]:
    from ..types._models.plugin_version import PluginVersion

    return PluginVersion


def _load_plugin_version_page() -> type[PluginVersionPage]:
    from ..types._models.plugin_version_page import PluginVersionPage

    return PluginVersionPage


def _organization_plugins_versions_create_options(
    *,
    plugin_id: object,
    workspace_id: object = NOT_GIVEN,
    files: object,
    release_notes: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("plugin_id", plugin_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("files", files, (list, tuple))
    check_type("release_notes", release_notes, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.plugins.versions.create",
        span_route="/v1/organizations/plugins/{plugin_id}/versions",
        span_created_id=["anthropic.organization.plugin.version.id", "id"],
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}/versions",
        multipart=[
            ("files", files),
            ("release_notes", release_notes),
        ],
        upload_fields=("files",),
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


def _organization_plugins_versions_download_options(
    *,
    plugin_id: object,
    version: object,
    organization_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("plugin_id", plugin_id, (str,))
    check_type("version", version, (str,))
    check_type("organization_id", organization_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugins.versions.download",
        span_route="/v1/organizations/plugins/{plugin_id}/versions/{version}/content",
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
            "anthropic.organization.plugin.version.id": version,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}/versions/{path_segment(version, 'version')}/content",
        params=strip_not_given(
            {
                "organization_id": organization_id,
            }
        ),
        headers=operation_headers(
            ["ce-plugins-2026-09-01"],
            betas,
            {
                "accept": "application/binary",
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_plugins_versions_list_options(
    *,
    plugin_id: object,
    limit: object = NOT_GIVEN,
    organization_id: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("plugin_id", plugin_id, (str,))
    check_type("limit", limit, (int,))
    check_type("organization_id", organization_id, (str,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugins.versions.list",
        span_route="/v1/organizations/plugins/{plugin_id}/versions",
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}/versions",
        params=strip_not_given(
            {
                "limit": limit,
                "organization_id": organization_id,
                "page": page,
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


def _organization_plugins_versions_retrieve_options(
    *,
    plugin_id: object,
    version: object,
    organization_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("plugin_id", plugin_id, (str,))
    check_type("version", version, (str,))
    check_type("organization_id", organization_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugins.versions.retrieve",
        span_route="/v1/organizations/plugins/{plugin_id}/versions/{version}",
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
            "anthropic.organization.plugin.version.id": version,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}/versions/{path_segment(version, 'version')}",
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
