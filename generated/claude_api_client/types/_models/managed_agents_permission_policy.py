# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_always_allow_policy import ManagedAgentsAlwaysAllowPolicy
from .managed_agents_always_ask_policy import ManagedAgentsAlwaysAskPolicy
from .unknown_managed_agents_permission_policy import (
    UnknownManagedAgentsPermissionPolicy,
)

ManagedAgentsPermissionPolicy = TypeAliasType(
    "ManagedAgentsPermissionPolicy",
    Annotated[
        Union[
            Annotated[
                Union[
                    ManagedAgentsAlwaysAllowPolicy,
                    ManagedAgentsAlwaysAskPolicy,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsPermissionPolicy,
                AfterValidator(unknown_tag("type", ["always_allow", "always_ask"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
