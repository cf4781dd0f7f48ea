# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_user_actor`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_user_actor import PluginUserActor as PluginUserActor

__all__ = [
    "PluginUserActor",
]
