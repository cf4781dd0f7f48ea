# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_result_content_block_param import ToolResultContentBlockParam


class ToolResultBlockParam(TypedDict):
    """
    The result of a caller-run tool, sent in a user turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: NotRequired[str | Sequence[ToolResultContentBlockParam]]
    """
    Result of the tool: a string or a list of blocks.
    """
    is_error: NotRequired[bool]
    """
    Whether the tool call failed.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    toolset_name: NotRequired[str | None]
    """
    Toolset that the called tool belongs to, for tools that are members of a toolset.
    """
    type: Literal["tool_result"]
    """
    Always `tool_result`.
    """
