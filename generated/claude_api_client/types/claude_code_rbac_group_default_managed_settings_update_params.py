# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_code_rbac_group_default_managed_settings_update_params`: the official path of these types."""

from __future__ import annotations

from ._params.claude_code_rbac_group_default_managed_settings_update_params import (
    ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams as ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams,
)

__all__ = [
    "ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams",
]
