# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_access_type`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_access_type import UserProfileAccessType as UserProfileAccessType

__all__ = [
    "UserProfileAccessType",
]
