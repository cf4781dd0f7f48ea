# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_reach`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_reach import PluginReach as PluginReach

__all__ = [
    "PluginReach",
]
