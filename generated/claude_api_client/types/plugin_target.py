# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_target`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_target import PluginTarget as PluginTarget

__all__ = [
    "PluginTarget",
]
