# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .unknown_user_profile_enforcement_action import UnknownUserProfileEnforcementAction
    from .user_profile_enforcement_action_ban import UserProfileEnforcementActionBan
    from .user_profile_enforcement_action_restriction import (
        UserProfileEnforcementActionRestriction,
    )


if TYPE_CHECKING:
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
else:
    UserProfileEnforcementAction = lazy_union(
        "UserProfileEnforcementAction",
        "type",
        {
            "restriction": ".user_profile_enforcement_action_restriction:UserProfileEnforcementActionRestriction",
            "ban": ".user_profile_enforcement_action_ban:UserProfileEnforcementActionBan",
        },
        ".unknown_user_profile_enforcement_action:UnknownUserProfileEnforcementAction",
        __package__,
    )
