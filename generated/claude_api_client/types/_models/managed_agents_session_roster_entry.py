# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_advisor import ManagedAgentsAdvisor
    from .managed_agents_session_thread_agent import ManagedAgentsSessionThreadAgent
    from .unknown_managed_agents_session_roster_entry import (
        UnknownManagedAgentsSessionRosterEntry,
    )


if TYPE_CHECKING:
    ManagedAgentsSessionRosterEntry = TypeAliasType(
        "ManagedAgentsSessionRosterEntry",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsSessionThreadAgent,
                        ManagedAgentsAdvisor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSessionRosterEntry,
                    AfterValidator(unknown_tag("type", ["advisor", "agent"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSessionRosterEntry = lazy_union(
        "ManagedAgentsSessionRosterEntry",
        "type",
        {
            "agent": ".managed_agents_session_thread_agent:ManagedAgentsSessionThreadAgent",
            "advisor": ".managed_agents_advisor:ManagedAgentsAdvisor",
        },
        ".unknown_managed_agents_session_roster_entry:UnknownManagedAgentsSessionRosterEntry",
        __package__,
    )
