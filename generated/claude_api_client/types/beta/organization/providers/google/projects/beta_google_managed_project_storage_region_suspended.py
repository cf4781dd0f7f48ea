# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.providers.google.projects.beta_google_managed_project_storage_region_suspended`: the official path of these types."""

from __future__ import annotations

from ......_models.google_managed_project_storage_region_suspended import (
    GoogleManagedProjectStorageRegionSuspended as BetaGoogleManagedProjectStorageRegionSuspended,
)

__all__ = [
    "BetaGoogleManagedProjectStorageRegionSuspended",
]
