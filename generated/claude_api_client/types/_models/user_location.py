# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UserLocation(APIModel):
    """Approximate location of the user, for localised search results."""

    city: str | None = None
    """City."""
    country: str | None = None
    """Two-letter ISO 3166-1 country code."""
    region: str | None = None
    """Region or state."""
    timezone: str | None = None
    """IANA time zone name."""
    type: Literal["approximate"]
    """Always `approximate`."""
