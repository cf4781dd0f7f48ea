# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_actor`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_actor import PluginActor as BetaPluginActor

__all__ = [
    "BetaPluginActor",
]
