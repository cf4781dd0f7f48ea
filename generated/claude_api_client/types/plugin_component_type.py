# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_component_type`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_component_type import PluginComponentType as PluginComponentType

__all__ = [
    "PluginComponentType",
]
