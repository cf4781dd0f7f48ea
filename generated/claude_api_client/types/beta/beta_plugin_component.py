# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_component`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_component import PluginComponent as BetaPluginComponent

__all__ = [
    "BetaPluginComponent",
]
