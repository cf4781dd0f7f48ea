# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectStorageBucket(APIModel):
    """Google Managed Project Storage Bucket."""

    bucket_name: str
    """Name of the storage bucket."""
    kms_key_name: str | None = None
    """Resource name of the Cloud KMS key that encrypts the objects."""
    location: str | None = None
    """Location."""
    project_id: str | None = None
    """ID of the project."""
    project_number: str
    """Project number."""
