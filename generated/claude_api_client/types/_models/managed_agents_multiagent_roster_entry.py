# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_advisor import ManagedAgentsAdvisor
    from .managed_agents_agent_reference import ManagedAgentsAgentReference
    from .unknown_managed_agents_multiagent_roster_entry import (
        UnknownManagedAgentsMultiagentRosterEntry,
    )


if TYPE_CHECKING:
    ManagedAgentsMultiagentRosterEntry = TypeAliasType(
        "ManagedAgentsMultiagentRosterEntry",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsAgentReference,
                        ManagedAgentsAdvisor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMultiagentRosterEntry,
                    AfterValidator(unknown_tag("type", ["advisor", "agent"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMultiagentRosterEntry = lazy_union(
        "ManagedAgentsMultiagentRosterEntry",
        "type",
        {
            "agent": ".managed_agents_agent_reference:ManagedAgentsAgentReference",
            "advisor": ".managed_agents_advisor:ManagedAgentsAdvisor",
        },
        ".unknown_managed_agents_multiagent_roster_entry:UnknownManagedAgentsMultiagentRosterEntry",
        __package__,
    )
