# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_anthropic_skill import ManagedAgentsAnthropicSkill
    from .managed_agents_custom_skill import ManagedAgentsCustomSkill
    from .unknown_managed_agents_skill import UnknownManagedAgentsSkill


if TYPE_CHECKING:
    ManagedAgentsSkill = TypeAliasType(
        "ManagedAgentsSkill",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsAnthropicSkill,
                        ManagedAgentsCustomSkill,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSkill,
                    AfterValidator(unknown_tag("type", ["anthropic", "custom"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSkill = lazy_union(
        "ManagedAgentsSkill",
        "type",
        {
            "anthropic": ".managed_agents_anthropic_skill:ManagedAgentsAnthropicSkill",
            "custom": ".managed_agents_custom_skill:ManagedAgentsCustomSkill",
        },
        ".unknown_managed_agents_skill:UnknownManagedAgentsSkill",
        __package__,
    )
