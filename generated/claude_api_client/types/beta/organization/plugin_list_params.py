# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugin_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.plugin_list_params import PluginListParams as PluginListParams

__all__ = [
    "PluginListParams",
]
