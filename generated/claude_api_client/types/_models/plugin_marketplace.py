# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .plugin_marketplace_default_installation_preference import (
    PluginMarketplaceDefaultInstallationPreference,
)
from .plugin_marketplace_source import PluginMarketplaceSource
from .plugin_marketplace_sync_status import PluginMarketplaceSyncStatus
from .plugin_owner import PluginOwner


class PluginMarketplace(APIModel):
    """A source of plugins for the organization."""

    id: str
    """ID of the marketplace."""
    created_at: WireDateTime
    """When it was added (RFC 3339)."""
    default_installation_preference: PluginMarketplaceDefaultInstallationPreference | None = None
    """The installation preference its plugins get unless set otherwise."""
    last_sync_ended_at: WireDateTime | None = None
    """When its last sync finished (RFC 3339)."""
    last_sync_read_sha: str | None = None
    """The commit its last sync read."""
    name: str
    """Its name."""
    owner: PluginOwner
    """Who owns it."""
    source: PluginMarketplaceSource
    """Where its plugins come from."""
    sync_status: PluginMarketplaceSyncStatus | None = None
    """How its last sync went."""
    type: Literal["plugin_marketplace"]
    """Always `plugin_marketplace`."""
