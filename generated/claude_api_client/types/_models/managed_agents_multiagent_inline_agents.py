# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_multiagent_inline_agents_disabled import (
        ManagedAgentsMultiagentInlineAgentsDisabled,
    )
    from .managed_agents_multiagent_inline_agents_enabled import (
        ManagedAgentsMultiagentInlineAgentsEnabled,
    )
    from .unknown_managed_agents_multiagent_inline_agents import (
        UnknownManagedAgentsMultiagentInlineAgents,
    )


if TYPE_CHECKING:
    ManagedAgentsMultiagentInlineAgents = TypeAliasType(
        "ManagedAgentsMultiagentInlineAgents",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsMultiagentInlineAgentsEnabled,
                        ManagedAgentsMultiagentInlineAgentsDisabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMultiagentInlineAgents,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMultiagentInlineAgents = lazy_union(
        "ManagedAgentsMultiagentInlineAgents",
        "type",
        {
            "enabled": ".managed_agents_multiagent_inline_agents_enabled:ManagedAgentsMultiagentInlineAgentsEnabled",
            "disabled": ".managed_agents_multiagent_inline_agents_disabled:ManagedAgentsMultiagentInlineAgentsDisabled",
        },
        ".unknown_managed_agents_multiagent_inline_agents:UnknownManagedAgentsMultiagentInlineAgents",
        __package__,
    )
