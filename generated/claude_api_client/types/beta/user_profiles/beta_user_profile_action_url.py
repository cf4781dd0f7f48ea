# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.user_profiles.beta_user_profile_action_url`: the official path of these types."""

from __future__ import annotations

from ..._models.user_profile_action_url import UserProfileActionURL as BetaUserProfileActionURL

__all__ = [
    "BetaUserProfileActionURL",
]
