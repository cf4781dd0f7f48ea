# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_marketplace_validation_plugin_warnings`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_marketplace_validation_plugin_warnings import (
    PluginMarketplaceValidationPluginWarnings as PluginMarketplaceValidationPluginWarnings,
)

__all__ = [
    "PluginMarketplaceValidationPluginWarnings",
]
