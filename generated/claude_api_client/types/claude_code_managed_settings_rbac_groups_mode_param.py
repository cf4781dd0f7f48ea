# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_code_managed_settings_rbac_groups_mode_param`: the official path of these types."""

from __future__ import annotations

from ._params.claude_code_managed_settings_rbac_groups_mode_param import (
    ClaudeCodeManagedSettingsRBACGroupsModeParam as ClaudeCodeManagedSettingsRBACGroupsModeParam,
)

__all__ = [
    "ClaudeCodeManagedSettingsRBACGroupsModeParam",
]
