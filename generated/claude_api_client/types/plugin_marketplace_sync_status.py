# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_marketplace_sync_status`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_marketplace_sync_status import (
    PluginMarketplaceSyncStatus as PluginMarketplaceSyncStatus,
)

__all__ = [
    "PluginMarketplaceSyncStatus",
]
