# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_location`: the official path of these types."""

from __future__ import annotations

from .._models.user_location import UserLocation as BetaUserLocation

__all__ = [
    "BetaUserLocation",
]
