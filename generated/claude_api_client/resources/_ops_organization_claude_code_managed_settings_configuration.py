# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.claude_code_managed_settings_configuration import (
        ClaudeCodeManagedSettingsConfiguration,
    )


def _load_claude_code_managed_settings_configuration() -> type[
    ClaudeCodeManagedSettingsConfiguration
]:
    from ..types._models.claude_code_managed_settings_configuration import (
        ClaudeCodeManagedSettingsConfiguration,
    )

    return ClaudeCodeManagedSettingsConfiguration


def _organization_claude_code_managed_settings_configuration_retrieve_options(
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
        span_name="anthropic.organization.claude_code.managed_settings.configuration.retrieve",
        span_route="/v1/organizations/claude_code/managed_settings/configuration",
        path="/v1/organizations/claude_code/managed_settings/configuration",
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


def _organization_claude_code_managed_settings_configuration_update_options(
    *,
    workspace_id: object = NOT_GIVEN,
    mode: object = NOT_GIVEN,
    rbac_group_order: object = NOT_GIVEN,
    rbac_group_order_version: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("rbac_group_order", rbac_group_order, (list, tuple))
    check_type("rbac_group_order_version", rbac_group_order_version, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.claude_code.managed_settings.configuration.update",
        span_route="/v1/organizations/claude_code/managed_settings/configuration",
        path="/v1/organizations/claude_code/managed_settings/configuration",
        json_body=strip_not_given(
            {
                "mode": mode,
                "rbac_group_order": rbac_group_order,
                "rbac_group_order_version": rbac_group_order_version,
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
