# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_always_allow_policy import ManagedAgentsAlwaysAllowPolicy
    from .managed_agents_always_ask_policy import ManagedAgentsAlwaysAskPolicy
    from .managed_agents_auto_policy import ManagedAgentsAutoPolicy
    from .unknown_managed_agents_permission_policy import (
        UnknownManagedAgentsPermissionPolicy,
    )


if TYPE_CHECKING:
    ManagedAgentsPermissionPolicy = TypeAliasType(
        "ManagedAgentsPermissionPolicy",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsAlwaysAllowPolicy,
                        ManagedAgentsAlwaysAskPolicy,
                        ManagedAgentsAutoPolicy,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsPermissionPolicy,
                    AfterValidator(unknown_tag("type", ["always_allow", "always_ask", "auto"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsPermissionPolicy = lazy_union(
        "ManagedAgentsPermissionPolicy",
        "type",
        {
            "always_allow": ".managed_agents_always_allow_policy:ManagedAgentsAlwaysAllowPolicy",
            "always_ask": ".managed_agents_always_ask_policy:ManagedAgentsAlwaysAskPolicy",
            "auto": ".managed_agents_auto_policy:ManagedAgentsAutoPolicy",
        },
        ".unknown_managed_agents_permission_policy:UnknownManagedAgentsPermissionPolicy",
        __package__,
    )
