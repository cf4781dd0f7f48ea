# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_effective_bucket import GoogleManagedProjectEffectiveBucket
from .google_managed_project_storage_failed_check import (
    GoogleManagedProjectStorageFailedCheck,
)


class GoogleManagedProjectStorageRegionFailed(APIModel):
    """Google Managed Project Storage Region Failed."""

    type: Literal["failed"]
    """Object type tag."""
    effective_bucket: GoogleManagedProjectEffectiveBucket | None = None
    """Effective bucket."""
    failed_checks: list[GoogleManagedProjectStorageFailedCheck]
    """Failed checks."""
