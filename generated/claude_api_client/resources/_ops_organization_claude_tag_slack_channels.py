# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.claude_tag_deleted_slack_channel import ClaudeTagDeletedSlackChannel
    from ..types._models.claude_tag_slack_channel import ClaudeTagSlackChannel
    from ..types._models.claude_tag_slack_channel_page import ClaudeTagSlackChannelPage


def _load_claude_tag_deleted_slack_channel() -> type[ClaudeTagDeletedSlackChannel]:
    from ..types._models.claude_tag_deleted_slack_channel import ClaudeTagDeletedSlackChannel

    return ClaudeTagDeletedSlackChannel


def _load_claude_tag_slack_channel() -> type[ClaudeTagSlackChannel]:
    from ..types._models.claude_tag_slack_channel import ClaudeTagSlackChannel

    return ClaudeTagSlackChannel


def _load_claude_tag_slack_channel_page() -> type[ClaudeTagSlackChannelPage]:
    from ..types._models.claude_tag_slack_channel_page import ClaudeTagSlackChannelPage

    return ClaudeTagSlackChannelPage


def _organization_claude_tag_slack_channels_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    slack: object,
    settings: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("slack", slack)
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.claude_tag.slack_channels.create",
        span_route="/v1/organizations/claude_tag/slack_channels",
        span_created_id=["anthropic.organization.claude_tag.slack_channel.id", "id"],
        path="/v1/organizations/claude_tag/slack_channels",
        json_body=strip_not_given(
            {
                "slack": slack,
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


def _organization_claude_tag_slack_channels_delete_options(
    *,
    id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("id", id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.claude_tag.slack_channels.delete",
        span_route="/v1/organizations/claude_tag/slack_channels/{id}",
        span_attributes={
            "anthropic.organization.claude_tag.slack_channel.id": id,
        },
        path=f"/v1/organizations/claude_tag/slack_channels/{path_segment(id, 'id')}",
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


def _organization_claude_tag_slack_channels_list_options(
    *,
    slack_workspace_id: object,
    include_inherited: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    slack_channel_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("slack_workspace_id", slack_workspace_id, (str,))
    check_type("include_inherited", include_inherited, (bool,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("slack_channel_id", slack_channel_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_tag.slack_channels.list",
        span_route="/v1/organizations/claude_tag/slack_channels",
        path="/v1/organizations/claude_tag/slack_channels",
        params=strip_not_given(
            {
                "slack_workspace_id": slack_workspace_id,
                "include_inherited": include_inherited,
                "limit": limit,
                "page": page,
                "slack_channel_id": slack_channel_id,
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


def _organization_claude_tag_slack_channels_retrieve_options(
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
        span_name="anthropic.organization.claude_tag.slack_channels.retrieve",
        span_route="/v1/organizations/claude_tag/slack_channels/{id}",
        span_attributes={
            "anthropic.organization.claude_tag.slack_channel.id": id,
        },
        path=f"/v1/organizations/claude_tag/slack_channels/{path_segment(id, 'id')}",
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


def _organization_claude_tag_slack_channels_update_options(
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
        span_name="anthropic.organization.claude_tag.slack_channels.update",
        span_route="/v1/organizations/claude_tag/slack_channels/{id}",
        span_attributes={
            "anthropic.organization.claude_tag.slack_channel.id": id,
        },
        path=f"/v1/organizations/claude_tag/slack_channels/{path_segment(id, 'id')}",
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
