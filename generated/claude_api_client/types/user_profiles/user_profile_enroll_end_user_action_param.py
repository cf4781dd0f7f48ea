# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profiles.user_profile_enroll_end_user_action_param`: the official path of these types."""

from __future__ import annotations

from .._params.user_profile_enroll_end_user_action_param import (
    UserProfileEnrollEndUserActionParam as UserProfileEnrollEndUserActionParam,
)

__all__ = [
    "UserProfileEnrollEndUserActionParam",
]
