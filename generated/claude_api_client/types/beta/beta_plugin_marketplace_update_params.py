# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_marketplace_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.plugin_marketplace_update_params import (
    PluginMarketplaceUpdateParams as BetaPluginMarketplaceUpdateParams,
)

__all__ = [
    "BetaPluginMarketplaceUpdateParams",
]
