# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_system_content_block_param import (
    ManagedAgentsSystemContentBlockParam,
)


class ManagedAgentsSystemMessageEventParams(TypedDict):
    """
    Request shape of system message event.
    """

    type: Literal["system.message"]
    """
    Always `system.message`.
    """
    content: Sequence[ManagedAgentsSystemContentBlockParam]
    """
    Content of the system message event, as content blocks.
    """
