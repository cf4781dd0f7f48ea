# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedProjectRetiredKey(APIModel):
    """Google Managed Project Retired Key."""

    expires_at: WireDateTime
    """When it was expires (RFC 3339), or null."""
    external_key_id: str
    """ID of the external key."""
    region: str
    """Cloud region."""
