# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_user_content_block_param import ManagedAgentsUserContentBlockParam


class ManagedAgentsUserMessageEventParams(TypedDict):
    """
    Request shape of user message event.
    """

    type: Literal["user.message"]
    """
    Always `user.message`.
    """
    content: Sequence[ManagedAgentsUserContentBlockParam]
    """
    Content of the user message event, as content blocks.
    """
