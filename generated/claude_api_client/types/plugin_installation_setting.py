# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_installation_setting`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_installation_setting import (
    PluginInstallationSetting as PluginInstallationSetting,
)

__all__ = [
    "PluginInstallationSetting",
]
