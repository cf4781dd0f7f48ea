# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_marketplace_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.plugin_marketplace_list_params import (
    PluginMarketplaceListParams as PluginMarketplaceListParams,
)

__all__ = [
    "PluginMarketplaceListParams",
]
