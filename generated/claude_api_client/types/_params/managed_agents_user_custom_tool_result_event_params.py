# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_tool_result_content_block_param import (
    ManagedAgentsToolResultContentBlockParam,
)


class ManagedAgentsUserCustomToolResultEventParams(TypedDict):
    """
    Request shape of user custom tool result event.
    """

    type: Literal["user.custom_tool_result"]
    """
    Always `user.custom_tool_result`.
    """
    custom_tool_use_id: str
    """
    ID of the custom tool use this answers.
    """
    content: NotRequired[Sequence[ManagedAgentsToolResultContentBlockParam]]
    """
    Content of the user custom tool result event, as content blocks.
    """
    is_error: NotRequired[bool | None]
    """
    Whether the result is an error.
    """
