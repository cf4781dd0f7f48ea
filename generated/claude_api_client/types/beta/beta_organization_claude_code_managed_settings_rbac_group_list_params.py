# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_claude_code_managed_settings_rbac_group_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.organization_claude_code_managed_settings_rbac_group_list_params import (
    OrganizationClaudeCodeManagedSettingsRbacGroupListParams as BetaOrganizationClaudeCodeManagedSettingsRbacGroupListParams,
)

__all__ = [
    "BetaOrganizationClaudeCodeManagedSettingsRbacGroupListParams",
]
