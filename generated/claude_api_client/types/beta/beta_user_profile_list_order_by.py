# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_profile_list_order_by`: the official path of these types."""

from __future__ import annotations

from .._params.user_profile_list_order_by_param import (
    UserProfileListOrderByParam as BetaUserProfileListOrderBy,
)

__all__ = [
    "BetaUserProfileListOrderBy",
]
