# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_marketplace_source`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_marketplace_source import PluginMarketplaceSource as PluginMarketplaceSource

__all__ = [
    "PluginMarketplaceSource",
]
