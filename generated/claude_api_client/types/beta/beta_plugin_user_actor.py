# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_user_actor`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_user_actor import PluginUserActor as BetaPluginUserActor

__all__ = [
    "BetaPluginUserActor",
]
