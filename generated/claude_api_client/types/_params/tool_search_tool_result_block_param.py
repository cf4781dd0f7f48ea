# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_search_tool_result_content_param import ToolSearchToolResultContentParam


class ToolSearchToolResultBlockParam(TypedDict):
    """
    A tool search result from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: ToolSearchToolResultContentParam
    """
    Tools found, or an error.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    type: Literal["tool_search_tool_result"]
    """
    Always `tool_search_tool_result`.
    """
