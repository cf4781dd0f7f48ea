# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_profile_enforcement_status_param`: the official path of these types."""

from __future__ import annotations

from .._params.user_profile_enforcement_status_param import (
    UserProfileEnforcementStatusParam as BetaUserProfileEnforcementStatusParam,
)

__all__ = [
    "BetaUserProfileEnforcementStatusParam",
]
