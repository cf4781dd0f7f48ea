# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .user_profile_account_status_param import UserProfileAccountStatusParam
from .user_profile_entity_type_param import UserProfileEntityTypeParam


class UserProfileExternalUserDetailsParams(TypedDict):
    """
    What the platform states about the person or company behind a profile; every field optional.
    """

    account_status: NotRequired[UserProfileAccountStatusParam | None]
    """
    Standing of the entity's account with the platform.
    """
    country: NotRequired[str | None]
    """
    The entity's country (ISO 3166-1 alpha-2), as the platform determines it.
    """
    email_hash: NotRequired[str | None]
    """
    Hash of the entity's email address.
    """
    entity_type: NotRequired[UserProfileEntityTypeParam | None]
    """
    What kind of entity the profile stands for.
    """
    name_hash: NotRequired[str | None]
    """
    Hash of the entity's name.
    """
    onboarded_at: NotRequired[str]
    """
    When the entity opened its account with the platform (RFC 3339).
    """
    reference_id: NotRequired[str | None]
    """
    The platform's own identifier for the entity.
    """
