# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .user_profile_access_type import UserProfileAccessType
from .user_profile_enforcement_action import UserProfileEnforcementAction
from .user_profile_enforcement_status import UserProfileEnforcementStatus
from .user_profile_external_user_details import UserProfileExternalUserDetails
from .user_profile_programs import UserProfilePrograms
from .user_profile_relationship import UserProfileRelationship
from .user_profile_trust_grant import UserProfileTrustGrant


class UserProfile(APIModel):
    """A record of an end user or company that a platform serves through the API."""

    id: str
    """ID of the user profile (`uprof_...`)."""
    type: Literal["user_profile"]
    """Always `user_profile`."""
    external_id: str | None = None
    """Your own identifier for this user or company; not required to be unique."""
    name: str | None = None
    """Real-world name of the person or company; null if unset."""
    relationship: UserProfileRelationship | None = None
    """How the entity relates to the platform."""
    access_type: UserProfileAccessType | None = None
    """How the platform uses the API for this entity."""
    trust_grants: dict[str, UserProfileTrustGrant] | None = None
    """Trust grants by name; a grant that is not active or pending is left out."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    metadata: dict[str, str]
    """Your own key-value labels (up to 16 pairs)."""
    updated_at: WireDateTime
    """When the profile last changed, trust grant changes included (RFC 3339)."""
    external_user_details: UserProfileExternalUserDetails | None = None
    """What the platform said about the entity; absent under the 2026-03-24 and 2026-08-18 betas."""
    external_user_onboarded_at: WireDateTime | None = None
    """When the entity joined the platform (RFC 3339), as the 2026-08-18 beta reports it; null until stated."""
    enforcement_status: UserProfileEnforcementStatus | None = None
    """Anthropic's enforcement standing of the profile; GA responses carry it."""
    enforcement_actions: list[UserProfileEnforcementAction] | None = None
    """The enforcement actions open on the profile (empty when none); GA responses carry it."""
    programs: UserProfilePrograms | None = None
    """The profile's standing in each Anthropic program; GA responses carry it."""
