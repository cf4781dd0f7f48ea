# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .plugin_target import PluginTarget


class DeletedPluginInstallationSetting(APIModel):
    """Confirms that an installation setting was removed."""

    plugin_id: str
    """ID of the plugin."""
    target: PluginTarget
    """Whom it applied to."""
    type: Literal["plugin_installation_setting_deleted"]
    """Always `plugin_installation_setting_deleted`."""
