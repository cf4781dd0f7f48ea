# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class GoogleManagedBucketReference(APIModel):
    """Names one Cloud Storage bucket."""

    bucket_name: str
    """Name of the bucket."""
    project_number: str
    """Number of the Google Cloud project that owns it."""
