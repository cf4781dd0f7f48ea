# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_version_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.plugin_version_create_params import (
    PluginVersionCreateParams as BetaPluginVersionCreateParams,
)

__all__ = [
    "BetaPluginVersionCreateParams",
]
