# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.deleted_plugin_installation_setting`: the official path of these types."""

from __future__ import annotations

from ._models.deleted_plugin_installation_setting import (
    DeletedPluginInstallationSetting as DeletedPluginInstallationSetting,
)

__all__ = [
    "DeletedPluginInstallationSetting",
]
