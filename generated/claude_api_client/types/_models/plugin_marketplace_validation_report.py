# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .plugin_marketplace_validation_plugin_error_object import (
    PluginMarketplaceValidationPluginErrorObject,
)
from .plugin_marketplace_validation_plugin_warnings import (
    PluginMarketplaceValidationPluginWarnings,
)


class PluginMarketplaceValidationReport(APIModel):
    """What checking a marketplace found."""

    commit_sha: str | None = None
    """The commit that was read, for a repository."""
    manifest_error: str | None = None
    """Why the marketplace manifest is invalid."""
    manifest_error_code: str | None = None
    """Machine-readable code of the manifest error."""
    plugin_errors: list[PluginMarketplaceValidationPluginErrorObject]
    """Plugins that cannot be used, with why."""
    plugin_warnings: list[PluginMarketplaceValidationPluginWarnings]
    """Plugins that can be used but have problems."""
    ref: str | None = None
    """The ref that was read, for a repository."""
    total_plugin_count: int
    """How many plugins the marketplace lists."""
    type: Literal["plugin_marketplace_validation_report"]
    """Always `plugin_marketplace_validation_report`."""
    valid: bool
    """Whether the marketplace can be added as it is."""
