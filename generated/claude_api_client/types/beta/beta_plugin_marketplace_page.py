# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_marketplace_page`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_marketplace_page import PluginMarketplacePage as BetaPluginMarketplacePage

__all__ = [
    "BetaPluginMarketplacePage",
]
