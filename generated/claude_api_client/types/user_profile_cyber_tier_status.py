# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_cyber_tier_status`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_cyber_tier_status import (
    UserProfileCyberTierStatus as UserProfileCyberTierStatus,
)

__all__ = [
    "UserProfileCyberTierStatus",
]
