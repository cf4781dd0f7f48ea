# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedProjectRetiredBucket(APIModel):
    """A bucket the project no longer writes to."""

    bucket_name: str
    """Name of the storage bucket."""
    expires_at: WireDateTime
    """When it stops being valid (RFC 3339), or null."""
    project_number: str
    """Number of the Google Cloud project."""
    region: str
    """Cloud region."""
