# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_event_start_event_agent_message_preview import (
    ManagedAgentsEventStartEventAgentMessagePreview,
)
from .managed_agents_event_start_event_agent_thinking_preview import (
    ManagedAgentsEventStartEventAgentThinkingPreview,
)
from .unknown_managed_agents_event_start_event_event import (
    UnknownManagedAgentsEventStartEventEvent,
)

ManagedAgentsEventStartEventEvent = TypeAliasType(
    "ManagedAgentsEventStartEventEvent",
    Annotated[
        Union[
            Annotated[
                Union[
                    ManagedAgentsEventStartEventAgentMessagePreview,
                    ManagedAgentsEventStartEventAgentThinkingPreview,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsEventStartEventEvent,
                AfterValidator(unknown_tag("type", ["agent.message", "agent.thinking"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
