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
    """Google Managed Project Storage Region Active."""

    type: Literal["active"]
    """Object type tag."""
    effective_bucket: GoogleManagedProjectEffectiveBucket | None = None
    """Effective bucket."""
    failed_checks: list[GoogleManagedProjectStorageFailedCheck]
    """Failed checks."""
    validated_at: WireDateTime
    """When it was validated (RFC 3339), or null."""
