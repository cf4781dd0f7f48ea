# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_bucket_reference import GoogleManagedBucketReference


class GoogleManagedStorageRegionNotConfigured(APIModel):
    """The region has no bucket set."""

    type: Literal["not_configured"]
    """Always `not_configured`."""
    effective_bucket: GoogleManagedBucketReference | None = None
    """The bucket the region uses now (the previous one while a new bucket is pending or failed); null when it uses none."""
