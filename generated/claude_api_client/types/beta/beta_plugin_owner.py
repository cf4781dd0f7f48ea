# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_owner`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_owner import PluginOwner as BetaPluginOwner

__all__ = [
    "BetaPluginOwner",
]
