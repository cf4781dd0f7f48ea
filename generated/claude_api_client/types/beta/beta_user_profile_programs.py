# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_profile_programs`: the official path of these types."""

from __future__ import annotations

from .._models.user_profile_programs import UserProfilePrograms as BetaUserProfilePrograms

__all__ = [
    "BetaUserProfilePrograms",
]
