# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_profile_access_type_param`: the official path of these types."""

from __future__ import annotations

from .._params.user_profile_access_type_param import (
    UserProfileAccessTypeParam as BetaUserProfileAccessTypeParam,
)

__all__ = [
    "BetaUserProfileAccessTypeParam",
]
