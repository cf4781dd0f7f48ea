# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedProjectRetiredBucket(APIModel):
    """Google Managed Project Retired Bucket."""

    bucket_name: str
    """Name of the storage bucket."""
    expires_at: WireDateTime
    """When it was expires (RFC 3339), or null."""
    project_number: str
    """Project number."""
    region: str
    """Cloud region."""
