# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .user_profile_account_status import UserProfileAccountStatus
from .user_profile_entity_type import UserProfileEntityType


class UserProfileExternalUserDetails(APIModel):
    """What the platform says about the person or company behind a profile (not verified by Anthropic)."""

    account_status: UserProfileAccountStatus | None = None
    """Standing of the entity's account with the platform; null until stated."""
    country: str | None = None
    """The entity's country as the platform determines it (ISO 3166-1 alpha-2); null until stated."""
    email_hash: str | None = None
    """Hash of the entity's email address; null until stated."""
    entity_type: UserProfileEntityType | None = None
    """What kind of entity the profile stands for; null until stated."""
    name_hash: str | None = None
    """Hash of the entity's name; null until stated."""
    onboarded_at: WireDateTime | None = None
    """When the entity opened its account with the platform (RFC 3339); null until stated."""
    reference_id: str | None = None
    """The platform's own identifier for the entity; null until stated."""
