# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_effort_high import ManagedAgentsEffortHigh
    from .managed_agents_effort_low import ManagedAgentsEffortLow
    from .managed_agents_effort_max import ManagedAgentsEffortMax
    from .managed_agents_effort_medium import ManagedAgentsEffortMedium
    from .managed_agents_effort_xhigh import ManagedAgentsEffortXhigh
    from .unknown_managed_agents_effort import UnknownManagedAgentsEffort


if TYPE_CHECKING:
    ManagedAgentsEffort = TypeAliasType(
        "ManagedAgentsEffort",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsEffortLow,
                        ManagedAgentsEffortMedium,
                        ManagedAgentsEffortHigh,
                        ManagedAgentsEffortXhigh,
                        ManagedAgentsEffortMax,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsEffort,
                    AfterValidator(unknown_tag("type", ["high", "low", "max", "medium", "xhigh"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsEffort = lazy_union(
        "ManagedAgentsEffort",
        "type",
        {
            "low": ".managed_agents_effort_low:ManagedAgentsEffortLow",
            "medium": ".managed_agents_effort_medium:ManagedAgentsEffortMedium",
            "high": ".managed_agents_effort_high:ManagedAgentsEffortHigh",
            "xhigh": ".managed_agents_effort_xhigh:ManagedAgentsEffortXhigh",
            "max": ".managed_agents_effort_max:ManagedAgentsEffortMax",
        },
        ".unknown_managed_agents_effort:UnknownManagedAgentsEffort",
        __package__,
    )
