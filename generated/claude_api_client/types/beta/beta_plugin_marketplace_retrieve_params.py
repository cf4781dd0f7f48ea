# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_marketplace_retrieve_params`: the official path of these types."""

from __future__ import annotations

from .._params.plugin_marketplace_retrieve_params import (
    PluginMarketplaceRetrieveParams as BetaPluginMarketplaceRetrieveParams,
)

__all__ = [
    "BetaPluginMarketplaceRetrieveParams",
]
