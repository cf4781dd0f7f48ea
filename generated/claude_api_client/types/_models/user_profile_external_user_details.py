# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel, WireDateTime

from .user_profile_account_status import UserProfileAccountStatus
from .user_profile_entity_type import UserProfileEntityType


class UserProfileExternalUserDetails(APIModel):
    """What the platform says about the person or company behind a profile (not verified by Anthropic)."""

    account_status: UserProfileAccountStatus | None = None
    country: str | None = None
    email_hash: str | None = None
    entity_type: UserProfileEntityType | None = None
    name_hash: str | None = None
    onboarded_at: WireDateTime | None = None
    reference_id: str | None = None
