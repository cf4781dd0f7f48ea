# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .user_profile_enforcement_status_param import UserProfileEnforcementStatusParam
from .user_profile_list_order_by_param import UserProfileListOrderByParam
from .user_profile_list_order_param import UserProfileListOrderParam


class UserProfileListParams(TypedDict, total=False):
    """The parameters of `client.user_profiles.list(...)`, as one dict (`client.user_profiles.list(**params)`)."""

    limit: int
    page: str
    order: UserProfileListOrderParam
    order_by: UserProfileListOrderByParam
    enforcement_status: Sequence[UserProfileEnforcementStatusParam]
    workspace_id: str
