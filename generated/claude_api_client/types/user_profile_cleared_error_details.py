# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_cleared_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_cleared_error_details import (
    UserProfileClearedErrorDetails as UserProfileClearedErrorDetails,
)

__all__ = [
    "UserProfileClearedErrorDetails",
]
