# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins.beta_plugin_share`: the official path of these types."""

from __future__ import annotations

from ...._models.plugin_share import PluginShare as BetaPluginShare
from ...._models.plugin_target import PluginTarget as Target

__all__ = [
    "BetaPluginShare",
    "Target",
]
