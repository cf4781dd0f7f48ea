# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedProjectCMEKRegionActive(APIModel):
    """Google Managed Project CMEKRegion Active."""

    type: Literal["active"]
    """Object type tag."""
    effective_external_key_id: str | None = None
    """ID of the effective external key."""
    error: str | None = None
    """What went wrong."""
    last_checked_at: WireDateTime | None = None
    """When it was last checked (RFC 3339), or null."""
    validated_at: WireDateTime
    """When it was validated (RFC 3339), or null."""
