# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsUserLocation(APIModel):
    """User location."""

    type: Literal["approximate"]
    """Always `approximate`."""
    city: str | None = None
    """City."""
    region: str | None = None
    """Region or state."""
    country: str | None = None
    """Country, ISO 3166-1 alpha-2."""
    timezone: str | None = None
    """IANA time zone the schedule is read in."""
