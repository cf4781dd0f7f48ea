# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_effective_bucket import GoogleManagedProjectEffectiveBucket


class GoogleManagedProjectStorageRegionNotConfigured(APIModel):
    """No bucket is set for the region."""

    type: Literal["not_configured"]
    """Always `not_configured`."""
    effective_bucket: GoogleManagedProjectEffectiveBucket | None = None
    """The bucket the region writes to now; null when none."""
