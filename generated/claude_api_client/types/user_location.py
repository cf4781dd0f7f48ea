# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_location`: the official path of these types."""

from __future__ import annotations

from ._models.user_location import UserLocation as UserLocation

__all__ = [
    "UserLocation",
]
