# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_redacted_block import ManagedAgentsRedactedBlock
    from .managed_agents_text_block import ManagedAgentsTextBlock
    from .unknown_managed_agents_agent_message_content_block import (
        UnknownManagedAgentsAgentMessageContentBlock,
    )


if TYPE_CHECKING:
    ManagedAgentsAgentMessageContentBlock = TypeAliasType(
        "ManagedAgentsAgentMessageContentBlock",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsTextBlock,
                        ManagedAgentsRedactedBlock,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsAgentMessageContentBlock,
                    AfterValidator(unknown_tag("type", ["redacted", "text"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsAgentMessageContentBlock = lazy_union(
        "ManagedAgentsAgentMessageContentBlock",
        "type",
        {
            "text": ".managed_agents_text_block:ManagedAgentsTextBlock",
            "redacted": ".managed_agents_redacted_block:ManagedAgentsRedactedBlock",
        },
        ".unknown_managed_agents_agent_message_content_block:UnknownManagedAgentsAgentMessageContentBlock",
        __package__,
    )
