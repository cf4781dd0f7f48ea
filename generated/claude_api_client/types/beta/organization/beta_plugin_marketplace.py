# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_plugin_marketplace`: the official path of these types."""

from __future__ import annotations

from ..._models.plugin_marketplace import PluginMarketplace as BetaPluginMarketplace
from ..._models.plugin_owner import PluginOwner as Owner

__all__ = [
    "BetaPluginMarketplace",
    "Owner",
]
