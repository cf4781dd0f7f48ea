# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .user_profile_enforcement_status import UserProfileEnforcementStatus
from .user_profile_list_order import UserProfileListOrder
from .user_profile_list_order_by import UserProfileListOrderBy


class UserProfileListParams(TypedDict, total=False):
    """The parameters of `client.user_profiles.list(...)`, as one dict (`client.user_profiles.list(**params)`)."""

    limit: int
    page: str
    order: UserProfileListOrder
    order_by: UserProfileListOrderBy
    enforcement_status: Sequence[UserProfileEnforcementStatus]
    betas: Sequence[AnthropicBetaParam]
