# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugin_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.plugin_create_params import PluginCreateParams as PluginCreateParams

__all__ = [
    "PluginCreateParams",
]
