# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_required_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import UserProfileRequiredError as UserProfileRequiredError

__all__ = [
    "UserProfileRequiredError",
]
