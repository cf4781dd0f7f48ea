# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitSeatTierScope(APIModel):
    """A limit for everyone on a seat tier."""

    seat_tier: str
    """The seat tier."""
    type: Literal["seat_tier"]
    """Always `seat_tier`."""
