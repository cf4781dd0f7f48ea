# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_advisor import ManagedAgentsAdvisor
from .managed_agents_session_thread_agent import ManagedAgentsSessionThreadAgent
from .unknown_managed_agents_session_roster_entry import (
    UnknownManagedAgentsSessionRosterEntry,
)

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
