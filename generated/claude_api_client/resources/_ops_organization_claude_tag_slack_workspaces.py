# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.claude_tag_slack_workspace import ClaudeTagSlackWorkspace
    from ..types._models.claude_tag_slack_workspace_page import ClaudeTagSlackWorkspacePage


def _load_claude_tag_slack_workspace() -> type[ClaudeTagSlackWorkspace]:
    from ..types._models.claude_tag_slack_workspace import ClaudeTagSlackWorkspace

    return ClaudeTagSlackWorkspace


def _load_claude_tag_slack_workspace_page() -> type[ClaudeTagSlackWorkspacePage]:
    from ..types._models.claude_tag_slack_workspace_page import ClaudeTagSlackWorkspacePage

    return ClaudeTagSlackWorkspacePage


def _organization_claude_tag_slack_workspaces_list_options(
    *,
    include_inherited: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    slack_workspace_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("include_inherited", include_inherited, (bool,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("slack_workspace_id", slack_workspace_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_tag.slack_workspaces.list",
        span_route="/v1/organizations/claude_tag/slack_workspaces",
        path="/v1/organizations/claude_tag/slack_workspaces",
        params=strip_not_given(
            {
                "include_inherited": include_inherited,
                "limit": limit,
                "page": page,
                "slack_workspace_id": slack_workspace_id,
            }
        ),
        headers=operation_headers(
            ["experimental-claude-tag-2026-10-21"],
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


def _organization_claude_tag_slack_workspaces_retrieve_options(
    *,
    id: object,
    include_inherited: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("id", id, (str,))
    check_type("include_inherited", include_inherited, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_tag.slack_workspaces.retrieve",
        span_route="/v1/organizations/claude_tag/slack_workspaces/{id}",
        span_attributes={
            "anthropic.organization.claude_tag.slack_workspace.id": id,
        },
        path=f"/v1/organizations/claude_tag/slack_workspaces/{path_segment(id, 'id')}",
        params=strip_not_given(
            {
                "include_inherited": include_inherited,
            }
        ),
        headers=operation_headers(
            ["experimental-claude-tag-2026-10-21"],
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


def _organization_claude_tag_slack_workspaces_update_options(
    *,
    id: object,
    workspace_id: object = NOT_GIVEN,
    settings: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("settings", settings)
    check_type("id", id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.claude_tag.slack_workspaces.update",
        span_route="/v1/organizations/claude_tag/slack_workspaces/{id}",
        span_attributes={
            "anthropic.organization.claude_tag.slack_workspace.id": id,
        },
        path=f"/v1/organizations/claude_tag/slack_workspaces/{path_segment(id, 'id')}",
        json_body=strip_not_given(
            {
                "settings": settings,
            }
        ),
        headers=operation_headers(
            ["experimental-claude-tag-2026-10-21"],
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
