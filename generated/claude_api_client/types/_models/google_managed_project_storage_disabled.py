# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_retired_bucket import GoogleManagedProjectRetiredBucket


class GoogleManagedProjectStorageDisabled(APIModel):
    """Google Managed Project Storage Disabled."""

    type: Literal["disabled"]
    """Object type tag."""
    retired_buckets: list[GoogleManagedProjectRetiredBucket]
    """Retired buckets."""
