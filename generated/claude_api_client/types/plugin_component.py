# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_component`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_component import PluginComponent as PluginComponent

__all__ = [
    "PluginComponent",
]
