# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_installation_setting_page`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_installation_setting_page import (
    PluginInstallationSettingPage as BetaPluginInstallationSettingPage,
)

__all__ = [
    "BetaPluginInstallationSettingPage",
]
