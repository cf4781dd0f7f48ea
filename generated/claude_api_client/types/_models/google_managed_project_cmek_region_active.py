# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedProjectCMEKRegionActive(APIModel):
    """The region's key is in use."""

    type: Literal["active"]
    """Always `active`."""
    effective_external_key_id: str | None = None
    """ID of the key the region encrypts with now; null when none."""
    error: str | None = None
    """What went wrong."""
    last_checked_at: WireDateTime | None = None
    """When the API last checked the bucket (RFC 3339)."""
    validated_at: WireDateTime
    """When the bucket setup was last verified (RFC 3339), or null."""
