# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.plugin_share_page import PluginSharePage


def _load_plugin_share_page() -> type[PluginSharePage]:
    from ..types._models.plugin_share_page import PluginSharePage

    return PluginSharePage


def _organization_plugins_shares_list_options(
    *,
    plugin_id: object,
    limit: object = NOT_GIVEN,
    organization_id: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    target_type: object = NOT_GIVEN,
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
    check_type("target_type", target_type, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.plugins.shares.list",
        span_route="/v1/organizations/plugins/{plugin_id}/shares",
        span_attributes={
            "anthropic.organization.plugin.id": plugin_id,
        },
        path=f"/v1/organizations/plugins/{path_segment(plugin_id, 'plugin_id')}/shares",
        params=strip_not_given(
            {
                "limit": limit,
                "organization_id": organization_id,
                "page": page,
                "target_type": target_type,
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
