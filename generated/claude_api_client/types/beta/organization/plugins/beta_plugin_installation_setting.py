# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins.beta_plugin_installation_setting`: the official path of these types."""

from __future__ import annotations

from ...._models.plugin_installation_setting import (
    PluginInstallationSetting as BetaPluginInstallationSetting,
)
from ...._models.plugin_target import PluginTarget as Target

__all__ = [
    "BetaPluginInstallationSetting",
    "Target",
]
