# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .user_profile_access_type_param import UserProfileAccessTypeParam
from .user_profile_external_user_details_params import (
    UserProfileExternalUserDetailsParams,
)
from .user_profile_relationship_param import UserProfileRelationshipParam


class BetaUserProfileCreateParams(TypedDict):
    """
    Body that creates a user profile.
    """

    external_id: NotRequired[str | None]
    """
    Your own identifier for this user or company; not required to be unique.
    """
    name: NotRequired[str | None]
    """
    Real-world name of the person or company.
    """
    relationship: NotRequired[UserProfileRelationshipParam]
    """
    How the entity relates to the platform.
    """
    access_type: NotRequired[UserProfileAccessTypeParam]
    """
    How the platform uses the API for this entity.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels (up to 16 pairs).
    """
    external_user_details: NotRequired[UserProfileExternalUserDetailsParams]
    """
    What the platform states about the entity (newer than the 2026-08-18 beta).
    """
    external_user_onboarded_at: NotRequired[str]
    """
    When the entity opened its account with the platform (RFC 3339); the 2026-08-18 beta's field.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
