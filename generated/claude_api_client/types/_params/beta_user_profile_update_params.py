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


class BetaUserProfileUpdateParams(TypedDict):
    """
    Body that changes a user profile.
    """

    external_id: NotRequired[str | None]
    """
    New external ID; omit to keep it.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Labels to merge in; a null value deletes that key.
    """
    name: NotRequired[str | None]
    """
    New name; omit to keep it.
    """
    relationship: NotRequired[UserProfileRelationshipParam | None]
    """
    New relationship; omit to keep it.
    """
    access_type: NotRequired[UserProfileAccessTypeParam | None]
    """
    New access type; omit to keep it.
    """
    external_user_details: NotRequired[UserProfileExternalUserDetailsParams]
    """
    New details about the entity; omit to keep them.
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
