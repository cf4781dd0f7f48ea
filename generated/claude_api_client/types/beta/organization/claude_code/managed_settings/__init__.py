# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_code.managed_settings`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ....._models.claude_code_managed_settings_configuration import (
        ClaudeCodeManagedSettingsConfiguration as BetaClaudeCodeManagedSettingsConfiguration,
    )
    from ....._models.claude_code_managed_settings_mode import (
        ClaudeCodeManagedSettingsMode as BetaClaudeCodeManagedSettingsMode,
    )
    from ....._models.claude_code_managed_settings_organization_mode import (
        ClaudeCodeManagedSettingsOrganizationMode as BetaClaudeCodeManagedSettingsOrganizationMode,
    )
    from ....._models.claude_code_managed_settings_rbac_groups_mode import (
        ClaudeCodeManagedSettingsRBACGroupsMode as BetaClaudeCodeManagedSettingsRBACGroupsMode,
    )
    from ....._models.claude_code_rbac_group_default_managed_settings import (
        ClaudeCodeRBACGroupDefaultManagedSettings as BetaClaudeCodeRBACGroupDefaultManagedSettings,
    )
    from ....._models.claude_code_rbac_group_managed_settings import (
        ClaudeCodeRBACGroupManagedSettings as BetaClaudeCodeRBACGroupManagedSettings,
    )
    from ....._models.claude_code_rbac_group_managed_settings_summary import (
        ClaudeCodeRBACGroupManagedSettingsSummary as BetaClaudeCodeRBACGroupManagedSettingsSummary,
    )
    from ....._models.claude_code_rbac_group_status import (
        ClaudeCodeRBACGroupStatus as BetaClaudeCodeRBACGroupStatus,
    )
    from ....._models.claude_code_rbac_group_status_active import (
        ClaudeCodeRBACGroupStatusActive as BetaClaudeCodeRBACGroupStatusActive,
    )
    from ....._models.claude_code_rbac_group_status_deleted import (
        ClaudeCodeRBACGroupStatusDeleted as BetaClaudeCodeRBACGroupStatusDeleted,
    )
    from ....._models.claude_code_rbac_group_status_unknown import (
        ClaudeCodeRBACGroupStatusUnknown as BetaClaudeCodeRBACGroupStatusUnknown,
    )
    from ....._models.deleted_claude_code_rbac_group_managed_settings import (
        DeletedClaudeCodeRBACGroupManagedSettings as BetaDeletedClaudeCodeRBACGroupManagedSettings,
    )
    from ....._params.beta_rbac_group_list_params import (
        BetaRbacGroupListParams as RBACGroupListParams,
    )
    from ....._params.claude_code_managed_settings_configuration_update_params import (
        ClaudeCodeManagedSettingsConfigurationUpdateParams as ConfigurationUpdateParams,
    )
    from ....._params.claude_code_managed_settings_mode_param import (
        ClaudeCodeManagedSettingsModeParam as BetaClaudeCodeManagedSettingsModeParam,
    )
    from ....._params.claude_code_managed_settings_organization_mode_param import (
        ClaudeCodeManagedSettingsOrganizationModeParam as BetaClaudeCodeManagedSettingsOrganizationModeParam,
    )
    from ....._params.claude_code_managed_settings_rbac_groups_mode_param import (
        ClaudeCodeManagedSettingsRBACGroupsModeParam as BetaClaudeCodeManagedSettingsRBACGroupsModeParam,
    )
    from ....._params.claude_code_rbac_group_default_managed_settings_update_params import (
        ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams as RBACGroupDefaultUpdateParams,
    )
    from ....._params.claude_code_rbac_group_managed_settings_set_params import (
        ClaudeCodeRBACGroupManagedSettingsSetParams as RBACGroupSetParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaClaudeCodeManagedSettingsConfiguration": (
        "_models.claude_code_managed_settings_configuration",
        "ClaudeCodeManagedSettingsConfiguration",
    ),
    "BetaClaudeCodeManagedSettingsMode": (
        "_models.claude_code_managed_settings_mode",
        "ClaudeCodeManagedSettingsMode",
    ),
    "BetaClaudeCodeManagedSettingsModeParam": (
        "_params.claude_code_managed_settings_mode_param",
        "ClaudeCodeManagedSettingsModeParam",
    ),
    "BetaClaudeCodeManagedSettingsOrganizationMode": (
        "_models.claude_code_managed_settings_organization_mode",
        "ClaudeCodeManagedSettingsOrganizationMode",
    ),
    "BetaClaudeCodeManagedSettingsOrganizationModeParam": (
        "_params.claude_code_managed_settings_organization_mode_param",
        "ClaudeCodeManagedSettingsOrganizationModeParam",
    ),
    "BetaClaudeCodeManagedSettingsRBACGroupsMode": (
        "_models.claude_code_managed_settings_rbac_groups_mode",
        "ClaudeCodeManagedSettingsRBACGroupsMode",
    ),
    "BetaClaudeCodeManagedSettingsRBACGroupsModeParam": (
        "_params.claude_code_managed_settings_rbac_groups_mode_param",
        "ClaudeCodeManagedSettingsRBACGroupsModeParam",
    ),
    "BetaClaudeCodeRBACGroupDefaultManagedSettings": (
        "_models.claude_code_rbac_group_default_managed_settings",
        "ClaudeCodeRBACGroupDefaultManagedSettings",
    ),
    "BetaClaudeCodeRBACGroupManagedSettings": (
        "_models.claude_code_rbac_group_managed_settings",
        "ClaudeCodeRBACGroupManagedSettings",
    ),
    "BetaClaudeCodeRBACGroupManagedSettingsSummary": (
        "_models.claude_code_rbac_group_managed_settings_summary",
        "ClaudeCodeRBACGroupManagedSettingsSummary",
    ),
    "BetaClaudeCodeRBACGroupStatus": (
        "_models.claude_code_rbac_group_status",
        "ClaudeCodeRBACGroupStatus",
    ),
    "BetaClaudeCodeRBACGroupStatusActive": (
        "_models.claude_code_rbac_group_status_active",
        "ClaudeCodeRBACGroupStatusActive",
    ),
    "BetaClaudeCodeRBACGroupStatusDeleted": (
        "_models.claude_code_rbac_group_status_deleted",
        "ClaudeCodeRBACGroupStatusDeleted",
    ),
    "BetaClaudeCodeRBACGroupStatusUnknown": (
        "_models.claude_code_rbac_group_status_unknown",
        "ClaudeCodeRBACGroupStatusUnknown",
    ),
    "BetaDeletedClaudeCodeRBACGroupManagedSettings": (
        "_models.deleted_claude_code_rbac_group_managed_settings",
        "DeletedClaudeCodeRBACGroupManagedSettings",
    ),
    "ConfigurationUpdateParams": (
        "_params.claude_code_managed_settings_configuration_update_params",
        "ClaudeCodeManagedSettingsConfigurationUpdateParams",
    ),
    "RBACGroupDefaultUpdateParams": (
        "_params.claude_code_rbac_group_default_managed_settings_update_params",
        "ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams",
    ),
    "RBACGroupListParams": ("_params.beta_rbac_group_list_params", "BetaRbacGroupListParams"),
    "RBACGroupSetParams": (
        "_params.claude_code_rbac_group_managed_settings_set_params",
        "ClaudeCodeRBACGroupManagedSettingsSetParams",
    ),
}

__all__ = [
    "BetaClaudeCodeManagedSettingsConfiguration",
    "BetaClaudeCodeManagedSettingsMode",
    "BetaClaudeCodeManagedSettingsModeParam",
    "BetaClaudeCodeManagedSettingsOrganizationMode",
    "BetaClaudeCodeManagedSettingsOrganizationModeParam",
    "BetaClaudeCodeManagedSettingsRBACGroupsMode",
    "BetaClaudeCodeManagedSettingsRBACGroupsModeParam",
    "BetaClaudeCodeRBACGroupDefaultManagedSettings",
    "BetaClaudeCodeRBACGroupManagedSettings",
    "BetaClaudeCodeRBACGroupManagedSettingsSummary",
    "BetaClaudeCodeRBACGroupStatus",
    "BetaClaudeCodeRBACGroupStatusActive",
    "BetaClaudeCodeRBACGroupStatusDeleted",
    "BetaClaudeCodeRBACGroupStatusUnknown",
    "BetaDeletedClaudeCodeRBACGroupManagedSettings",
    "ConfigurationUpdateParams",
    "RBACGroupDefaultUpdateParams",
    "RBACGroupListParams",
    "RBACGroupSetParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
