# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.user_profile_cleared_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import UserProfileClearedError as UserProfileClearedError

__all__ = [
    "UserProfileClearedError",
]
