# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_cron_schedule import ManagedAgentsCronSchedule
    from .unknown_managed_agents_schedule import UnknownManagedAgentsSchedule


if TYPE_CHECKING:
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
else:
    ManagedAgentsSchedule = lazy_union(
        "ManagedAgentsSchedule",
        "type",
        {
            "cron": ".managed_agents_cron_schedule:ManagedAgentsCronSchedule",
        },
        ".unknown_managed_agents_schedule:UnknownManagedAgentsSchedule",
        __package__,
    )
