# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedRetiredBucket(APIModel):
    """A bucket a region no longer writes to, which must keep its settings and Anthropic's access until `expires_at`."""

    bucket_name: str
    """Name of the bucket."""
    project_number: str
    """Number of the Google Cloud project that owns it."""
    region: str
    """The region code that used the bucket."""
    expires_at: WireDateTime
    """Until when the bucket must stay as it was (RFC 3339)."""
