# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_project_cmek_region_status`: the official path of these types."""

from __future__ import annotations

from .._models.google_managed_project_cmek_region_status import (
    GoogleManagedProjectCMEKRegionStatus as BetaGoogleManagedProjectCMEKRegionStatus,
)

__all__ = [
    "BetaGoogleManagedProjectCMEKRegionStatus",
]
