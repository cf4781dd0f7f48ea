# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .user_profile_access_type import UserProfileAccessType
from .user_profile_external_user_details import UserProfileExternalUserDetails
from .user_profile_relationship import UserProfileRelationship
from .user_profile_trust_grant import UserProfileTrustGrant


class UserProfile(APIModel):
    """A record of an end user or company that a platform serves through the API."""

    id: str
    type: Literal["user_profile"]
    external_id: str | None = None
    name: str | None = None
    relationship: UserProfileRelationship | None = None
    access_type: UserProfileAccessType | None = None
    trust_grants: dict[str, UserProfileTrustGrant]
    created_at: WireDateTime
    metadata: dict[str, str]
    updated_at: WireDateTime
    external_user_details: UserProfileExternalUserDetails | None = None
    external_user_onboarded_at: WireDateTime | None = None
