# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.google_managed_project_cmek_region_not_configured`: the official path of these types."""

from __future__ import annotations

from ._models.google_managed_project_cmek_region_not_configured import (
    GoogleManagedProjectCMEKRegionNotConfigured as GoogleManagedProjectCMEKRegionNotConfigured,
)

__all__ = [
    "GoogleManagedProjectCMEKRegionNotConfigured",
]
