# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .plugin_installation_setting_installation_preference import (
    PluginInstallationSettingInstallationPreference,
)
from .plugin_target import PluginTarget


class PluginInstallationSetting(APIModel):
    """How a plugin is offered to a target."""

    created_at: WireDateTime
    """When it was set (RFC 3339)."""
    installation_preference: PluginInstallationSettingInstallationPreference
    """Installed for them, offered, hidden, or required."""
    plugin_id: str
    """ID of the plugin."""
    target: PluginTarget
    """Whom it applies to."""
    type: Literal["plugin_installation_setting"]
    """Always `plugin_installation_setting`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
