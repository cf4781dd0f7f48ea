# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .plugin_component_type import PluginComponentType


class PluginComponent(APIModel):
    """One thing a plugin provides."""

    description: str | None = None
    """What it does."""
    name: str
    """Its name."""
    type: PluginComponentType
    """What kind of component it is."""
