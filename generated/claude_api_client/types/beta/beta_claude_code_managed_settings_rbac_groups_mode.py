# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_code_managed_settings_rbac_groups_mode`: the official path of these types."""

from __future__ import annotations

from .._models.claude_code_managed_settings_rbac_groups_mode import (
    ClaudeCodeManagedSettingsRBACGroupsMode as BetaClaudeCodeManagedSettingsRBACGroupsMode,
)

__all__ = [
    "BetaClaudeCodeManagedSettingsRBACGroupsMode",
]
