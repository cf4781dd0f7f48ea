# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .google_managed_project_effective_bucket import GoogleManagedProjectEffectiveBucket
from .google_managed_project_storage_failed_check import (
    GoogleManagedProjectStorageFailedCheck,
)


class GoogleManagedProjectStorageRegionActive(APIModel):
    """The region's bucket is in use."""

    type: Literal["active"]
    """Always `active`."""
    effective_bucket: GoogleManagedProjectEffectiveBucket | None = None
    """The bucket the region writes to now; null when none."""
    failed_checks: list[GoogleManagedProjectStorageFailedCheck]
    """The setup checks that failed."""
    validated_at: WireDateTime
    """When the bucket setup was last verified (RFC 3339), or null."""
