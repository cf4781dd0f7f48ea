# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_page`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_page import PluginPage as PluginPage

__all__ = [
    "PluginPage",
]
