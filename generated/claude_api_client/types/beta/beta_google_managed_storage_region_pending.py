# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_storage_region_pending`: the official path of these types."""

from __future__ import annotations

from .._models.google_managed_storage_region_pending import (
    GoogleManagedStorageRegionPending as BetaGoogleManagedStorageRegionPending,
)

__all__ = [
    "BetaGoogleManagedStorageRegionPending",
]
