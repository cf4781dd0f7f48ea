# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.user_profile_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_user_profile_list_params import (
    BetaUserProfileListParams as UserProfileListParams,
)

__all__ = [
    "UserProfileListParams",
]
