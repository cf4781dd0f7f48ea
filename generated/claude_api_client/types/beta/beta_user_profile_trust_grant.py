# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_profile_trust_grant`: the official path of these types."""

from __future__ import annotations

from .._models.user_profile_trust_grant import UserProfileTrustGrant as BetaUserProfileTrustGrant

__all__ = [
    "BetaUserProfileTrustGrant",
]
