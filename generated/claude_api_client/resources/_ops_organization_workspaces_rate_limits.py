# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.workspace_rate_limit import WorkspaceRateLimit
    from ..types._models.workspace_rate_limit_page import WorkspaceRateLimitPage


def _load_workspace_rate_limit() -> type[WorkspaceRateLimit]:
    from ..types._models.workspace_rate_limit import WorkspaceRateLimit

    return WorkspaceRateLimit


def _load_workspace_rate_limit_page() -> type[WorkspaceRateLimitPage]:
    from ..types._models.workspace_rate_limit_page import WorkspaceRateLimitPage

    return WorkspaceRateLimitPage


def _organization_workspaces_rate_limits_list_options(
    *,
    workspace_id: object,
    group_type: object = NOT_GIVEN,
    include_inherited: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("group_type", group_type, (str,))
    check_type("include_inherited", include_inherited, (bool,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.workspaces.rate_limits.list",
        span_route="/v1/organizations/workspaces/{workspace_id}/rate_limits",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/rate_limits",
        params=strip_not_given(
            {
                "group_type": group_type,
                "include_inherited": include_inherited,
                "limit": limit,
                "page": page,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_rate_limits_update_options(
    *,
    workspace_id: object,
    rate_limit_id: object,
    limits: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("rate_limit_id", rate_limit_id, (str,))
    check_type("limits", limits, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.rate_limits.update",
        span_route="/v1/organizations/workspaces/{workspace_id}/rate_limits/{rate_limit_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
            "anthropic.organization.workspace.rate_limit.id": rate_limit_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/rate_limits/{path_segment(rate_limit_id, 'rate_limit_id')}",
        json_body=strip_not_given(
            {
                "limits": limits,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
