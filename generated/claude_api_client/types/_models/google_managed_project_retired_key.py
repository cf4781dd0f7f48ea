# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedProjectRetiredKey(APIModel):
    """A key the project no longer encrypts with."""

    expires_at: WireDateTime
    """When it stops being valid (RFC 3339), or null."""
    external_key_id: str
    """ID of the organization's key configuration."""
    region: str
    """Cloud region."""
