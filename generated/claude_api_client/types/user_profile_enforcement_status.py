# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_enforcement_status`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_enforcement_status import (
    UserProfileEnforcementStatus as UserProfileEnforcementStatus,
)

__all__ = [
    "UserProfileEnforcementStatus",
]
