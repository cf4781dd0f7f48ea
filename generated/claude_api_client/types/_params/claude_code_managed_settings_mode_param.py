# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .claude_code_managed_settings_organization_mode_param import (
    ClaudeCodeManagedSettingsOrganizationModeParam,
)
from .claude_code_managed_settings_rbac_groups_mode_param import (
    ClaudeCodeManagedSettingsRBACGroupsModeParam,
)

ClaudeCodeManagedSettingsModeParam: TypeAlias = (
    ClaudeCodeManagedSettingsOrganizationModeParam | ClaudeCodeManagedSettingsRBACGroupsModeParam
)
"""
Where members' managed settings come from.
"""
