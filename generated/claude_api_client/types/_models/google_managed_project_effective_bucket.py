# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectEffectiveBucket(APIModel):
    """The bucket a region actually writes to."""

    bucket_name: str
    """Name of the storage bucket."""
    project_number: str
    """Number of the Google Cloud project."""
