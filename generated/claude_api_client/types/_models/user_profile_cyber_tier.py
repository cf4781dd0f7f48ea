# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .user_profile_cyber_tier_status import UserProfileCyberTierStatus


class UserProfileCyberTier(APIModel):
    """One tier of the Cyber Verification Program for a profile."""

    status: UserProfileCyberTierStatus
    """`active` when the tier applies to the profile; `inactive` says nothing about why not."""
