# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_share_page`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_share_page import PluginSharePage as BetaPluginSharePage

__all__ = [
    "BetaPluginSharePage",
]
