# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_retired_bucket import GoogleManagedRetiredBucket
from .google_managed_storage_bucket import GoogleManagedStorageBucket
from .google_managed_storage_region_status import GoogleManagedStorageRegionStatus


class GoogleManagedStorageEnabled(APIModel):
    """The storage control is on: each region with a bucket stores there once verified."""

    type: Literal["enabled"]
    """Always `enabled`."""
    buckets: dict[str, GoogleManagedStorageBucket]
    """The bucket set for each region, keyed by region code (`us`, `eu`, `sg`, `global`; more may come); regions without a bucket are absent."""
    retired_buckets: list[GoogleManagedRetiredBucket]
    """Buckets taken out of use that must stay as they were until their `expires_at`."""
    status: dict[str, GoogleManagedStorageRegionStatus]
    """Where each region stands with its bucket, keyed by region code (`us`, `eu`, `sg`, `global`; more may come); a region not offered to the organization may be absent."""
