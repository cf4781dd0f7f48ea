# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_retired_bucket import GoogleManagedProjectRetiredBucket
from .google_managed_project_storage_bucket import GoogleManagedProjectStorageBucket
from .google_managed_project_storage_region_status import (
    GoogleManagedProjectStorageRegionStatus,
)


class GoogleManagedProjectStorageEnabled(APIModel):
    """Google Managed Project Storage Enabled."""

    type: Literal["enabled"]
    """Object type tag."""
    buckets: dict[str, GoogleManagedProjectStorageBucket]
    """Buckets."""
    retired_buckets: list[GoogleManagedProjectRetiredBucket]
    """Retired buckets."""
    status: dict[str, GoogleManagedProjectStorageRegionStatus]
    """Current status."""
