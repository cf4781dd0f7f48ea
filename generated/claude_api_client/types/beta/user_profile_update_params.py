# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.user_profile_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_user_profile_update_params import (
    BetaUserProfileUpdateParams as UserProfileUpdateParams,
)

__all__ = [
    "UserProfileUpdateParams",
]
