# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_caller_param import ToolCallerParam
from .web_search_tool_result_content_param import WebSearchToolResultContentParam


class WebSearchToolResultBlockParam(TypedDict):
    """
    A web search result from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    caller: NotRequired[ToolCallerParam]
    """
    Who issued this tool call.
    """
    content: WebSearchToolResultContentParam
    """
    Search results, or an error.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    type: Literal["web_search_tool_result"]
    """
    Always `web_search_tool_result`.
    """
