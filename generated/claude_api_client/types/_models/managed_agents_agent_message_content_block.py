# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_redacted_block import ManagedAgentsRedactedBlock
from .managed_agents_text_block import ManagedAgentsTextBlock
from .unknown_managed_agents_agent_message_content_block import (
    UnknownManagedAgentsAgentMessageContentBlock,
)

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
