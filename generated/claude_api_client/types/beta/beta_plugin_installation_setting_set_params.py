# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_installation_setting_set_params`: the official path of these types."""

from __future__ import annotations

from .._params.plugin_installation_setting_set_params import (
    PluginInstallationSettingSetParams as BetaPluginInstallationSettingSetParams,
)

__all__ = [
    "BetaPluginInstallationSettingSetParams",
]
