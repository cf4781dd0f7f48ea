# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_caller_param import ToolCallerParam


class ServerToolUseBlockParam(TypedDict):
    """
    A server tool call from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    caller: NotRequired[ToolCallerParam]
    """
    Who issued this tool call.
    """
    id: str
    """
    Id of the server tool call.
    """
    input: Mapping[str, Any]
    """
    Arguments of the tool call, as a JSON object.
    """
    name: Literal[
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
        "advisor",
    ]
    """
    Server tool that was called.
    """
    type: Literal["server_tool_use"]
    """
    Always `server_tool_use`.
    """
