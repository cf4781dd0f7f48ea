# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile import UserProfile as UserProfile

__all__ = [
    "UserProfile",
]
