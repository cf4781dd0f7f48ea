# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock


class ManagedAgentsUserMessageEventParams(TypedDict):
    """
    Request shape of user message event.
    """

    type: Literal["user.message"]
    """
    Object type tag.
    """
    content: Sequence[ManagedAgentsUserContentBlock]
    """
    Content blocks.
    """
