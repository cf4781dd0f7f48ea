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
    """The project keeps data in the organization's own buckets, per region."""

    type: Literal["enabled"]
    """Always `enabled`."""
    buckets: dict[str, GoogleManagedProjectStorageBucket]
    """The bucket of each region."""
    retired_buckets: list[GoogleManagedProjectRetiredBucket]
    """Buckets the project wrote to before."""
    status: dict[str, GoogleManagedProjectStorageRegionStatus]
    """Current status."""
