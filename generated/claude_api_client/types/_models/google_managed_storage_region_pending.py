# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_bucket_reference import GoogleManagedBucketReference
from .google_managed_storage_failed_check import GoogleManagedStorageFailedCheck


class GoogleManagedStorageRegionPending(APIModel):
    """The region is verifying its bucket, or has verified it and not switched to it yet."""

    type: Literal["pending"]
    """Always `pending`."""
    effective_bucket: GoogleManagedBucketReference | None = None
    """The bucket the region uses now (the previous one while a new bucket is pending or failed); null when it uses none."""
    failed_checks: list[GoogleManagedStorageFailedCheck]
    """Checks that failed so far and are being retried; empty when none did."""
