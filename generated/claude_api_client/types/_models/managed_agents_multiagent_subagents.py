# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_multiagent_subagents_disabled import (
        ManagedAgentsMultiagentSubagentsDisabled,
    )
    from .managed_agents_multiagent_subagents_enabled import (
        ManagedAgentsMultiagentSubagentsEnabled,
    )
    from .unknown_managed_agents_multiagent_subagents import (
        UnknownManagedAgentsMultiagentSubagents,
    )


if TYPE_CHECKING:
    ManagedAgentsMultiagentSubagents = TypeAliasType(
        "ManagedAgentsMultiagentSubagents",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsMultiagentSubagentsEnabled,
                        ManagedAgentsMultiagentSubagentsDisabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMultiagentSubagents,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMultiagentSubagents = lazy_union(
        "ManagedAgentsMultiagentSubagents",
        "type",
        {
            "enabled": ".managed_agents_multiagent_subagents_enabled:ManagedAgentsMultiagentSubagentsEnabled",
            "disabled": ".managed_agents_multiagent_subagents_disabled:ManagedAgentsMultiagentSubagentsDisabled",
        },
        ".unknown_managed_agents_multiagent_subagents:UnknownManagedAgentsMultiagentSubagents",
        __package__,
    )
