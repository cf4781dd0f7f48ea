# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.workspace import Workspace
    from ..types._models.workspace_page import WorkspacePage


def _load_workspace() -> type[Workspace]:
    from ..types._models.workspace import Workspace

    return Workspace


def _load_workspace_page() -> type[WorkspacePage]:
    from ..types._models.workspace_page import WorkspacePage

    return WorkspacePage


def _organization_workspaces_archive_options(
    *,
    workspace_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.archive",
        span_route="/v1/organizations/workspaces/{workspace_id}/archive",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}/archive",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    name: object,
    data_residency: object = NOT_GIVEN,
    display_color: object = NOT_GIVEN,
    external_key_id: object = NOT_GIVEN,
    tags: object = NOT_GIVEN,
    user_profile_id: object = NOT_GIVEN,
    inference_data_privacy: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (str,))
    check_type("display_color", display_color, (None.__class__, str))
    check_type("external_key_id", external_key_id, (None.__class__, str))
    check_type("user_profile_id", user_profile_id, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.create",
        span_route="/v1/organizations/workspaces",
        span_created_id=["anthropic.organization.workspace.id", "id"],
        path="/v1/organizations/workspaces",
        json_body=strip_not_given(
            {
                "name": name,
                "data_residency": data_residency,
                "display_color": display_color,
                "external_key_id": external_key_id,
                "tags": tags,
                "user_profile_id": user_profile_id,
                "inference_data_privacy": inference_data_privacy,
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


def _organization_workspaces_list_options(
    *,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    ids: object = NOT_GIVEN,
    include_archived: object = NOT_GIVEN,
    include_default: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    check_type("ids", ids, (list, tuple))
    check_type("include_archived", include_archived, (bool,))
    check_type("include_default", include_default, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.workspaces.list",
        span_route="/v1/organizations/workspaces",
        path="/v1/organizations/workspaces",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "ids[]": ids,
                "include_archived": include_archived,
                "include_default": include_default,
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


def _organization_workspaces_retrieve_options(
    *,
    workspace_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.workspaces.retrieve",
        span_route="/v1/organizations/workspaces/{workspace_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_workspaces_update_options(
    *,
    workspace_id: object,
    data_residency: object = NOT_GIVEN,
    display_color: object = NOT_GIVEN,
    external_key_id: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    tags: object = NOT_GIVEN,
    user_profile_id: object = NOT_GIVEN,
    inference_data_privacy: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_color", display_color, (str,))
    check_type("external_key_id", external_key_id, (str,))
    check_type("name", name, (str,))
    check_type("user_profile_id", user_profile_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.workspaces.update",
        span_route="/v1/organizations/workspaces/{workspace_id}",
        span_attributes={
            "anthropic.organization.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/workspaces/{path_segment(workspace_id, 'workspace_id')}",
        json_body=strip_not_given(
            {
                "data_residency": data_residency,
                "display_color": display_color,
                "external_key_id": external_key_id,
                "name": name,
                "tags": tags,
                "user_profile_id": user_profile_id,
                "inference_data_privacy": inference_data_privacy,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
