# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class GoogleManagedStorageBucket(APIModel):
    """A Cloud Storage bucket set for a region, with what the region learnt about it."""

    bucket_name: str
    """Name of the bucket."""
    project_number: str
    """Number of the Google Cloud project that owns the bucket."""
    project_id: str | None = None
    """ID of that project; null until the region has confirmed the bucket."""
    location: str | None = None
    """The bucket's location; null until the region has confirmed the bucket."""
    kms_key_name: str | None = None
    """Resource name of the bucket's default Cloud KMS key; null before confirmation or when it has none."""
