# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_event_start_event_agent_message_preview import (
        ManagedAgentsEventStartEventAgentMessagePreview,
    )
    from .managed_agents_event_start_event_agent_thinking_preview import (
        ManagedAgentsEventStartEventAgentThinkingPreview,
    )
    from .unknown_managed_agents_event_start_event_event import (
        UnknownManagedAgentsEventStartEventEvent,
    )


if TYPE_CHECKING:
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
else:
    ManagedAgentsEventStartEventEvent = lazy_union(
        "ManagedAgentsEventStartEventEvent",
        "type",
        {
            "agent.message": ".managed_agents_event_start_event_agent_message_preview:ManagedAgentsEventStartEventAgentMessagePreview",
            "agent.thinking": ".managed_agents_event_start_event_agent_thinking_preview:ManagedAgentsEventStartEventAgentThinkingPreview",
        },
        ".unknown_managed_agents_event_start_event_event:UnknownManagedAgentsEventStartEventEvent",
        __package__,
    )
