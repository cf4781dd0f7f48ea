# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_version_reach`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_version_reach import PluginVersionReach as BetaPluginVersionReach

__all__ = [
    "BetaPluginVersionReach",
]
