# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .user_profile_trust_grant_status import UserProfileTrustGrantStatus


class UserProfileTrustGrant(APIModel):
    """State of one trust grant on a user profile."""

    status: UserProfileTrustGrantStatus
    """State of the grant."""
