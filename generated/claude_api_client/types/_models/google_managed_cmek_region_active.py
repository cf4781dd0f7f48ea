# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedCMEKRegionActive(APIModel):
    """The region's key passed validation and is applied."""

    type: Literal["active"]
    """Always `active`."""
    effective_external_key_id: str | None = None
    """The key the region applies now (the previous one while a new key is pending or failed); null when it applies none."""
    validated_at: WireDateTime
    """When the key passed validation (RFC 3339)."""
    last_checked_at: WireDateTime | None = None
    """When Google Cloud KMS last answered for the key successfully (RFC 3339); null when unknown."""
    error: str | None = None
    """The latest refusal from Google Cloud KMS, if any; null is no proof that the key still works."""
