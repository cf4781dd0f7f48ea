# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins.version_create_params`: the official path of these types."""

from __future__ import annotations

from ...._params.plugin_version_create_params import (
    PluginVersionCreateParams as VersionCreateParams,
)

__all__ = [
    "VersionCreateParams",
]
