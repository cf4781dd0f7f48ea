# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class GoogleManagedRetiredKey(APIModel):
    """A key a region no longer uses, still needed to read data written under it."""

    external_key_id: str
    """The External Key that was replaced or removed (`ekey_...`)."""
    region: str
    """The region code that used the key."""
    expires_at: WireDateTime
    """Until when the key must stay usable (RFC 3339)."""
