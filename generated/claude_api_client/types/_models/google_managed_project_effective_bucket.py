# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectEffectiveBucket(APIModel):
    """Google Managed Project Effective Bucket."""

    bucket_name: str
    """Name of the storage bucket."""
    project_number: str
    """Project number."""
