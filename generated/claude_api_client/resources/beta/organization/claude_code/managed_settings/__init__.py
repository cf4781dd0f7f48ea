# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_code.managed_settings` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        AsyncBetaManagedSettings as AsyncManagedSettings,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        AsyncBetaManagedSettingsWithRawResponse as AsyncManagedSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        AsyncBetaManagedSettingsWithStreamingResponse as AsyncManagedSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        BetaManagedSettings as ManagedSettings,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        BetaManagedSettingsWithRawResponse as ManagedSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        BetaManagedSettingsWithStreamingResponse as ManagedSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        AsyncBetaConfiguration as AsyncConfiguration,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        AsyncBetaConfigurationWithRawResponse as AsyncConfigurationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        AsyncBetaConfigurationWithStreamingResponse as AsyncConfigurationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        BetaConfiguration as Configuration,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        BetaConfigurationWithRawResponse as ConfigurationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        BetaConfigurationWithStreamingResponse as ConfigurationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        AsyncBetaRbacGroupDefault as AsyncRBACGroupDefault,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        AsyncBetaRbacGroupDefaultWithRawResponse as AsyncRBACGroupDefaultWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        AsyncBetaRbacGroupDefaultWithStreamingResponse as AsyncRBACGroupDefaultWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        BetaRbacGroupDefault as RBACGroupDefault,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        BetaRbacGroupDefaultWithRawResponse as RBACGroupDefaultWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        BetaRbacGroupDefaultWithStreamingResponse as RBACGroupDefaultWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups import (
        AsyncBetaRbacGroups as AsyncRBACGroups,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups import (
        AsyncBetaRbacGroupsWithRawResponse as AsyncRBACGroupsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups import (
        AsyncBetaRbacGroupsWithStreamingResponse as AsyncRBACGroupsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups import (
        BetaRbacGroups as RBACGroups,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups import (
        BetaRbacGroupsWithRawResponse as RBACGroupsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups import (
        BetaRbacGroupsWithStreamingResponse as RBACGroupsWithStreamingResponse,
    )

__all__ = [
    "AsyncConfiguration",
    "AsyncConfigurationWithRawResponse",
    "AsyncConfigurationWithStreamingResponse",
    "AsyncManagedSettings",
    "AsyncManagedSettingsWithRawResponse",
    "AsyncManagedSettingsWithStreamingResponse",
    "AsyncRBACGroupDefault",
    "AsyncRBACGroupDefaultWithRawResponse",
    "AsyncRBACGroupDefaultWithStreamingResponse",
    "AsyncRBACGroups",
    "AsyncRBACGroupsWithRawResponse",
    "AsyncRBACGroupsWithStreamingResponse",
    "Configuration",
    "ConfigurationWithRawResponse",
    "ConfigurationWithStreamingResponse",
    "ManagedSettings",
    "ManagedSettingsWithRawResponse",
    "ManagedSettingsWithStreamingResponse",
    "RBACGroupDefault",
    "RBACGroupDefaultWithRawResponse",
    "RBACGroupDefaultWithStreamingResponse",
    "RBACGroups",
    "RBACGroupsWithRawResponse",
    "RBACGroupsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncConfiguration": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "AsyncBetaConfiguration",
    ),
    "AsyncConfigurationWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "AsyncBetaConfigurationWithRawResponse",
    ),
    "AsyncConfigurationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "AsyncBetaConfigurationWithStreamingResponse",
    ),
    "AsyncManagedSettings": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "AsyncBetaManagedSettings",
    ),
    "AsyncManagedSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "AsyncBetaManagedSettingsWithRawResponse",
    ),
    "AsyncManagedSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "AsyncBetaManagedSettingsWithStreamingResponse",
    ),
    "AsyncRBACGroupDefault": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "AsyncBetaRbacGroupDefault",
    ),
    "AsyncRBACGroupDefaultWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "AsyncBetaRbacGroupDefaultWithRawResponse",
    ),
    "AsyncRBACGroupDefaultWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "AsyncBetaRbacGroupDefaultWithStreamingResponse",
    ),
    "AsyncRBACGroups": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups",
        "AsyncBetaRbacGroups",
    ),
    "AsyncRBACGroupsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups",
        "AsyncBetaRbacGroupsWithRawResponse",
    ),
    "AsyncRBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups",
        "AsyncBetaRbacGroupsWithStreamingResponse",
    ),
    "Configuration": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "BetaConfiguration",
    ),
    "ConfigurationWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "BetaConfigurationWithRawResponse",
    ),
    "ConfigurationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "BetaConfigurationWithStreamingResponse",
    ),
    "ManagedSettings": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "BetaManagedSettings",
    ),
    "ManagedSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "BetaManagedSettingsWithRawResponse",
    ),
    "ManagedSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "BetaManagedSettingsWithStreamingResponse",
    ),
    "RBACGroupDefault": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "BetaRbacGroupDefault",
    ),
    "RBACGroupDefaultWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "BetaRbacGroupDefaultWithRawResponse",
    ),
    "RBACGroupDefaultWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "BetaRbacGroupDefaultWithStreamingResponse",
    ),
    "RBACGroups": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups",
        "BetaRbacGroups",
    ),
    "RBACGroupsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups",
        "BetaRbacGroupsWithRawResponse",
    ),
    "RBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_groups",
        "BetaRbacGroupsWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
