# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_multiagent_advisor_disabled import (
        ManagedAgentsMultiagentAdvisorDisabled,
    )
    from .managed_agents_multiagent_advisor_enabled import (
        ManagedAgentsMultiagentAdvisorEnabled,
    )
    from .unknown_managed_agents_multiagent_advisor import (
        UnknownManagedAgentsMultiagentAdvisor,
    )


if TYPE_CHECKING:
    ManagedAgentsMultiagentAdvisor = TypeAliasType(
        "ManagedAgentsMultiagentAdvisor",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsMultiagentAdvisorEnabled,
                        ManagedAgentsMultiagentAdvisorDisabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMultiagentAdvisor,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMultiagentAdvisor = lazy_union(
        "ManagedAgentsMultiagentAdvisor",
        "type",
        {
            "enabled": ".managed_agents_multiagent_advisor_enabled:ManagedAgentsMultiagentAdvisorEnabled",
            "disabled": ".managed_agents_multiagent_advisor_disabled:ManagedAgentsMultiagentAdvisorDisabled",
        },
        ".unknown_managed_agents_multiagent_advisor:UnknownManagedAgentsMultiagentAdvisor",
        __package__,
    )
