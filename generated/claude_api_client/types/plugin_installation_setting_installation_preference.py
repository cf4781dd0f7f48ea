# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_installation_setting_installation_preference`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_installation_setting_installation_preference import (
    PluginInstallationSettingInstallationPreference as PluginInstallationSettingInstallationPreference,
)

__all__ = [
    "PluginInstallationSettingInstallationPreference",
]
