# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .claude_code_managed_settings_organization_mode import (
    ClaudeCodeManagedSettingsOrganizationMode,
)
from .claude_code_managed_settings_rbac_groups_mode import (
    ClaudeCodeManagedSettingsRBACGroupsMode,
)

ClaudeCodeManagedSettingsMode: TypeAlias = (
    ClaudeCodeManagedSettingsOrganizationMode | ClaudeCodeManagedSettingsRBACGroupsMode
)
"""
Where members' managed settings come from.
"""
