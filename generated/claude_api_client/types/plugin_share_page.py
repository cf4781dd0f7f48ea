# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_share_page`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_share_page import PluginSharePage as PluginSharePage

__all__ = [
    "PluginSharePage",
]
