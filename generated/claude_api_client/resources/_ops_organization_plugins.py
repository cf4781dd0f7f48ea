# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_plugin import DeletedPlugin
    from ..types._models.plugin import Plugin
    from ..types._models.plugin_page import PluginPage


def _load_deleted_plugin() -> type[DeletedPlugin]:
    from ..types._models.deleted_plugin import DeletedPlugin

    return DeletedPlugin


def _load_plugin() -> type[Plugin]:
    from ..types._models.plugin import Plugin

    return Plugin


def _load_plugin_page() -> type[PluginPage]:
    from ..types._models.plugin_page import PluginPage

    return PluginPage


def _organization_plugins_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    files: object,
    marketplace_id: object = NOT_GIVEN,
    release_notes: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("files", files, (list, tuple))
    check_type("marketplace_id", marketplace_id, (str,))
    check_type("release_notes", release_notes, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.plugins.create",
        span_route="/v1/organizations/plugins",
        span_created_id=["anthropic.organization.plugin.id", "id"],
        path="/v1/organizations/plugins",
        multipart=[
            ("files", files),
            ("marketplace_id", marketplace_id),
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


def _organization_plugins_delete_options(
    *,
    plugin_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("plugin_id", plugin_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.plugins.delete",
        span_route="/v1/organizations/plugins/{plugin_id}",
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}",
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


def _organization_plugins_list_options(
    *,
    created_at_gt: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lt: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    marketplace_id: object = NOT_GIVEN,
    organization_id: object = NOT_GIVEN,
    owner_type: object = NOT_GIVEN,
    owner_user_id: object = NOT_GIVEN,
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
    check_type("marketplace_id", marketplace_id, (str,))
    check_type("organization_id", organization_id, (str,))
    check_type("owner_type", owner_type, (str,))
    check_type("owner_user_id", owner_user_id, (str,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugins.list",
        span_route="/v1/organizations/plugins",
        path="/v1/organizations/plugins",
        params=strip_not_given(
            {
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "marketplace_id": marketplace_id,
                "organization_id": organization_id,
                "owner_type": owner_type,
                "owner_user_id": owner_user_id,
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


def _organization_plugins_retrieve_options(
    *,
    plugin_id: object,
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
    check_type("organization_id", organization_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugins.retrieve",
        span_route="/v1/organizations/plugins/{plugin_id}",
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}",
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


def _organization_plugins_update_options(
    *,
    plugin_id: object,
    workspace_id: object = NOT_GIVEN,
    served_version_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("plugin_id", plugin_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("served_version_id", served_version_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.plugins.update",
        span_route="/v1/organizations/plugins/{plugin_id}",
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}",
        json_body=strip_not_given(
            {
                "served_version_id": served_version_id,
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
