# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_caller_param import ToolCallerParam


class ToolUseBlockParam(TypedDict):
    """
    A call to a caller-run tool from an earlier assistant turn.
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
    Id of the tool call.
    """
    input: Mapping[str, Any]
    """
    Arguments of the tool call, as a JSON object.
    """
    name: str
    """
    Name of the tool that was called.
    """
    toolset_name: NotRequired[str | None]
    """
    Toolset that the called tool belongs to, for tools that are members of a toolset.
    """
    type: Literal["tool_use"]
    """
    Always `tool_use`.
    """
