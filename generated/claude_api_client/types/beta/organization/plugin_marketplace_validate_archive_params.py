# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugin_marketplace_validate_archive_params`: the official path of these types."""

from __future__ import annotations

from ..._params.plugin_marketplace_validate_archive_params import (
    PluginMarketplaceValidateArchiveParams as PluginMarketplaceValidateArchiveParams,
)

__all__ = [
    "PluginMarketplaceValidateArchiveParams",
]
