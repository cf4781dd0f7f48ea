# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired

from .user_profile_access_type_param import UserProfileAccessTypeParam
from .user_profile_external_user_details_params import (
    UserProfileExternalUserDetailsParams,
)


class UserProfileCreateParams(TypedDict):
    """
    Body that creates a user profile.
    """

    name: NotRequired[str | None]
    """
    Real-world name of the person or company.
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
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
