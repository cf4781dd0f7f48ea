# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_external_user_account_status`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_account_status import (
    UserProfileAccountStatus as UserProfileExternalUserAccountStatus,
)

__all__ = [
    "UserProfileExternalUserAccountStatus",
]
