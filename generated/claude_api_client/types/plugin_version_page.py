# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_version_page`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_version_page import PluginVersionPage as PluginVersionPage

__all__ = [
    "PluginVersionPage",
]
