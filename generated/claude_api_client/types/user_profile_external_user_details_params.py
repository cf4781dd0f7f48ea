# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_external_user_details_params`: the official path of these types."""

from __future__ import annotations

from ._params.user_profile_external_user_details_params import (
    UserProfileExternalUserDetailsParams as UserProfileExternalUserDetailsParams,
)

__all__ = [
    "UserProfileExternalUserDetailsParams",
]
