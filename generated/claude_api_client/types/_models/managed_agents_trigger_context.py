# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_manual_trigger_context import ManagedAgentsManualTriggerContext
from .managed_agents_schedule_trigger_context import ManagedAgentsScheduleTriggerContext
from .unknown_managed_agents_trigger_context import UnknownManagedAgentsTriggerContext

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
