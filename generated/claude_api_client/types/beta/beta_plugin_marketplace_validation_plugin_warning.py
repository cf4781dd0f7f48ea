# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_marketplace_validation_plugin_warning`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_marketplace_validation_plugin_warning import (
    PluginMarketplaceValidationPluginWarning as BetaPluginMarketplaceValidationPluginWarning,
)

__all__ = [
    "BetaPluginMarketplaceValidationPluginWarning",
]
