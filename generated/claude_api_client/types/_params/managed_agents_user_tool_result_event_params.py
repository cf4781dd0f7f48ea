# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_tool_result_content_block_param import (
    ManagedAgentsToolResultContentBlockParam,
)


class ManagedAgentsUserToolResultEventParams(TypedDict):
    """
    Request shape of user tool result event.
    """

    type: Literal["user.tool_result"]
    """
    Always `user.tool_result`.
    """
    tool_use_id: str
    """
    ID of the tool use this answers.
    """
    content: NotRequired[Sequence[ManagedAgentsToolResultContentBlockParam]]
    """
    Content of the user tool result event, as content blocks.
    """
    is_error: NotRequired[bool | None]
    """
    Whether the result is an error.
    """
