# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_component_type`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_component_type import PluginComponentType as BetaPluginComponentType

__all__ = [
    "BetaPluginComponentType",
]
