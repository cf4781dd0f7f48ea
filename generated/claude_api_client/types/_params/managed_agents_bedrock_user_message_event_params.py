# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_bedrock_user_content_block_param import (
    ManagedAgentsBedrockUserContentBlockParam,
)


class ManagedAgentsBedrockUserMessageEventParams(TypedDict):
    """
    Bedrock: a user message sent to a session.
    """

    type: Literal["user.message"]
    """
    Always `user.message`.
    """
    content: Sequence[ManagedAgentsBedrockUserContentBlockParam]
    """
    The message's blocks.
    """
