# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_cron_schedule import ManagedAgentsCronSchedule
from .unknown_managed_agents_schedule import UnknownManagedAgentsSchedule

ManagedAgentsSchedule = TypeAliasType(
    "ManagedAgentsSchedule",
    Annotated[
        Union[
            Annotated[
                Union[ManagedAgentsCronSchedule,],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsSchedule,
                AfterValidator(unknown_tag("type", ["cron"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
