# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_effective_bucket import GoogleManagedProjectEffectiveBucket
from .google_managed_project_storage_failed_check import (
    GoogleManagedProjectStorageFailedCheck,
)


class GoogleManagedProjectStorageRegionPending(APIModel):
    """The region's bucket is being checked."""

    type: Literal["pending"]
    """Always `pending`."""
    effective_bucket: GoogleManagedProjectEffectiveBucket | None = None
    """The bucket the region writes to now; null when none."""
    failed_checks: list[GoogleManagedProjectStorageFailedCheck]
    """The setup checks that failed."""
