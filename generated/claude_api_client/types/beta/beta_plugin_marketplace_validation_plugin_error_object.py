# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_marketplace_validation_plugin_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_marketplace_validation_plugin_error_object import (
    PluginMarketplaceValidationPluginErrorObject as BetaPluginMarketplaceValidationPluginErrorObject,
)

__all__ = [
    "BetaPluginMarketplaceValidationPluginErrorObject",
]
