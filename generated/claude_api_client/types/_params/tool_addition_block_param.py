# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_addition_tool_param import ToolAdditionToolParam


class ToolAdditionBlockParam(TypedDict):
    """
    Makes a tool available from this point of the conversation.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    tool: ToolAdditionToolParam
    """
    The tool that becomes available from this point.
    """
    type: Literal["tool_addition"]
    """
    Always `tool_addition`.
    """
