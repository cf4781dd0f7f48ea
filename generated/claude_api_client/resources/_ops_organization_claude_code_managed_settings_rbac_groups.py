# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.claude_code_rbac_group_managed_settings import (
        ClaudeCodeRBACGroupManagedSettings,
    )
    from ..types._models.claude_code_rbac_group_managed_settings_summary_page import (
        ClaudeCodeRBACGroupManagedSettingsSummaryPage,
    )
    from ..types._models.deleted_claude_code_rbac_group_managed_settings import (
        DeletedClaudeCodeRBACGroupManagedSettings,
    )


def _load_claude_code_rbac_group_managed_settings() -> type[ClaudeCodeRBACGroupManagedSettings]:
    from ..types._models.claude_code_rbac_group_managed_settings import (
        ClaudeCodeRBACGroupManagedSettings,
    )

    return ClaudeCodeRBACGroupManagedSettings


def _load_claude_code_rbac_group_managed_settings_summary_page() -> type[
    ClaudeCodeRBACGroupManagedSettingsSummaryPage
]:
    from ..types._models.claude_code_rbac_group_managed_settings_summary_page import (
        ClaudeCodeRBACGroupManagedSettingsSummaryPage,
    )

    return ClaudeCodeRBACGroupManagedSettingsSummaryPage


def _load_deleted_claude_code_rbac_group_managed_settings() -> type[
    DeletedClaudeCodeRBACGroupManagedSettings
]:
    from ..types._models.deleted_claude_code_rbac_group_managed_settings import (
        DeletedClaudeCodeRBACGroupManagedSettings,
    )

    return DeletedClaudeCodeRBACGroupManagedSettings


def _organization_claude_code_managed_settings_rbac_groups_delete_options(
    *,
    rbac_group_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.claude_code.managed_settings.rbac_groups.delete",
        span_route="/v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}",
        span_attributes={
            "anthropic.organization.claude_code.managed_setting.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/claude_code/managed_settings/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}",
        headers=operation_headers(
            ["ce-claude-code-managed-settings-2026-10-06"],
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


def _organization_claude_code_managed_settings_rbac_groups_list_options(
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
        span_name="anthropic.organization.claude_code.managed_settings.rbac_groups.list",
        span_route="/v1/organizations/claude_code/managed_settings/rbac_groups",
        path="/v1/organizations/claude_code/managed_settings/rbac_groups",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
            }
        ),
        headers=operation_headers(
            ["ce-claude-code-managed-settings-2026-10-06"],
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


def _organization_claude_code_managed_settings_rbac_groups_retrieve_options(
    *,
    rbac_group_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_code.managed_settings.rbac_groups.retrieve",
        span_route="/v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}",
        span_attributes={
            "anthropic.organization.claude_code.managed_setting.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/claude_code/managed_settings/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}",
        headers=operation_headers(
            ["ce-claude-code-managed-settings-2026-10-06"],
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


def _organization_claude_code_managed_settings_rbac_groups_set_options(
    *,
    rbac_group_id: object,
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
    check_type("rbac_group_id", rbac_group_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.claude_code.managed_settings.rbac_groups.set",
        span_route="/v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}",
        span_attributes={
            "anthropic.organization.claude_code.managed_setting.rbac_group.id": rbac_group_id,
        },
        path=f"/v1/organizations/claude_code/managed_settings/rbac_groups/{path_segment(rbac_group_id, 'rbac_group_id')}",
        json_body=strip_not_given(
            {
                "settings": settings,
            }
        ),
        headers=operation_headers(
            ["ce-claude-code-managed-settings-2026-10-06"],
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
