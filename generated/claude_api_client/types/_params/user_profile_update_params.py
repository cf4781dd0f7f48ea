# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired

from .user_profile_access_type_param import UserProfileAccessTypeParam
from .user_profile_external_user_details_params import (
    UserProfileExternalUserDetailsParams,
)


class UserProfileUpdateParams(TypedDict):
    """
    Body that changes a user profile.
    """

    metadata: NotRequired[Mapping[str, str]]
    """
    Labels to merge in; a null value deletes that key.
    """
    name: NotRequired[str | None]
    """
    New name; omit to keep it.
    """
    access_type: NotRequired[UserProfileAccessTypeParam | None]
    """
    New access type; omit to keep it.
    """
    external_user_details: NotRequired[UserProfileExternalUserDetailsParams]
    """
    New details about the entity; omit to keep them.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
