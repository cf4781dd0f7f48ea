# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.claude_code_rbac_group_default_managed_settings import (
        ClaudeCodeRBACGroupDefaultManagedSettings,
    )


def _load_claude_code_rbac_group_default_managed_settings() -> type[
    ClaudeCodeRBACGroupDefaultManagedSettings
]:
    from ..types._models.claude_code_rbac_group_default_managed_settings import (
        ClaudeCodeRBACGroupDefaultManagedSettings,
    )

    return ClaudeCodeRBACGroupDefaultManagedSettings


def _organization_claude_code_managed_settings_rbac_group_default_retrieve_options(
    *,
    workspace_id: object = NOT_GIVEN,
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
        span_name="anthropic.organization.claude_code.managed_settings.rbac_group_default.retrieve",
        span_route="/v1/organizations/claude_code/managed_settings/rbac_group_default",
        path="/v1/organizations/claude_code/managed_settings/rbac_group_default",
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


def _organization_claude_code_managed_settings_rbac_group_default_update_options(
    *,
    workspace_id: object = NOT_GIVEN,
    settings: object,
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
        span_name="anthropic.organization.claude_code.managed_settings.rbac_group_default.update",
        span_route="/v1/organizations/claude_code/managed_settings/rbac_group_default",
        path="/v1/organizations/claude_code/managed_settings/rbac_group_default",
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
