# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_bucket_reference import GoogleManagedBucketReference


class GoogleManagedStorageRegionSuspended(APIModel):
    """Anthropic has withdrawn or paused its approval of customer storage for this profile, so the region ignores the control."""

    type: Literal["suspended"]
    """Always `suspended`."""
    effective_bucket: GoogleManagedBucketReference | None = None
    """The bucket the region uses now (the previous one while a new bucket is pending or failed); null when it uses none."""
