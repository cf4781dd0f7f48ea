# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_external_user_entity_type`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_entity_type import (
    UserProfileEntityType as UserProfileExternalUserEntityType,
)

__all__ = [
    "UserProfileExternalUserEntityType",
]
