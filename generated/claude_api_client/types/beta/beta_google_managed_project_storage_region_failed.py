# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_project_storage_region_failed`: the official path of these types."""

from __future__ import annotations

from .._models.google_managed_project_storage_region_failed import (
    GoogleManagedProjectStorageRegionFailed as BetaGoogleManagedProjectStorageRegionFailed,
)

__all__ = [
    "BetaGoogleManagedProjectStorageRegionFailed",
]
