# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_manual_trigger_context import ManagedAgentsManualTriggerContext
    from .managed_agents_schedule_trigger_context import ManagedAgentsScheduleTriggerContext
    from .unknown_managed_agents_trigger_context import UnknownManagedAgentsTriggerContext


if TYPE_CHECKING:
    ManagedAgentsTriggerContext = TypeAliasType(
        "ManagedAgentsTriggerContext",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsScheduleTriggerContext,
                        ManagedAgentsManualTriggerContext,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsTriggerContext,
                    AfterValidator(unknown_tag("type", ["manual", "schedule"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsTriggerContext = lazy_union(
        "ManagedAgentsTriggerContext",
        "type",
        {
            "schedule": ".managed_agents_schedule_trigger_context:ManagedAgentsScheduleTriggerContext",
            "manual": ".managed_agents_manual_trigger_context:ManagedAgentsManualTriggerContext",
        },
        ".unknown_managed_agents_trigger_context:UnknownManagedAgentsTriggerContext",
        __package__,
    )
