# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .google_managed_bucket_reference import GoogleManagedBucketReference
from .google_managed_storage_failed_check import GoogleManagedStorageFailedCheck


class GoogleManagedStorageRegionActive(APIModel):
    """The region's bucket passed verification and is in use."""

    type: Literal["active"]
    """Always `active`."""
    effective_bucket: GoogleManagedBucketReference | None = None
    """The bucket the region uses now (the previous one while a new bucket is pending or failed); null when it uses none."""
    validated_at: WireDateTime
    """When the bucket passed verification (RFC 3339)."""
    failed_checks: list[GoogleManagedStorageFailedCheck]
    """Checks that have failed since, from the latest recheck; empty when all passed."""
