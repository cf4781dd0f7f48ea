# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_retrieve_params`: the official path of these types."""

from __future__ import annotations

from .._params.plugin_retrieve_params import PluginRetrieveParams as BetaPluginRetrieveParams

__all__ = [
    "BetaPluginRetrieveParams",
]
