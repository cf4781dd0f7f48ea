# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .unknown_user_profile_enforcement_action import UnknownUserProfileEnforcementAction
from .user_profile_enforcement_action_ban import UserProfileEnforcementActionBan
from .user_profile_enforcement_action_restriction import (
    UserProfileEnforcementActionRestriction,
)

UserProfileEnforcementAction = TypeAliasType(
    "UserProfileEnforcementAction",
    Annotated[
        Union[
            Annotated[
                Union[
                    UserProfileEnforcementActionRestriction,
                    UserProfileEnforcementActionBan,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownUserProfileEnforcementAction,
                AfterValidator(unknown_tag("type", ["ban", "restriction"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
