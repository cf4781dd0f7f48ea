# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.providers.google.projects.beta_google_managed_project_cmek_region_pending`: the official path of these types."""

from __future__ import annotations

from ......_models.google_managed_project_cmek_region_pending import (
    GoogleManagedProjectCMEKRegionPending as BetaGoogleManagedProjectCMEKRegionPending,
)

__all__ = [
    "BetaGoogleManagedProjectCMEKRegionPending",
]
