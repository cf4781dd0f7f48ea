# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectStorageBucket(APIModel):
    """A Cloud Storage bucket the project keeps data in."""

    bucket_name: str
    """Name of the storage bucket."""
    kms_key_name: str | None = None
    """Resource name of the Cloud KMS key that encrypts the objects."""
    location: str | None = None
    """Cloud Storage location of the bucket."""
    project_id: str | None = None
    """ID of the Google Cloud project."""
    project_number: str
    """Number of the Google Cloud project."""
