# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .plugin_marketplace_validation_plugin_warning import (
    PluginMarketplaceValidationPluginWarning,
)


class PluginMarketplaceValidationPluginWarnings(APIModel):
    """The warnings about one plugin."""

    name: str
    """The plugin's name."""
    warnings: list[PluginMarketplaceValidationPluginWarning]
    """Its warnings."""
