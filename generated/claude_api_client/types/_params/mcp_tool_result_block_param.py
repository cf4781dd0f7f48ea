# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .text_block_param import TextBlockParam


class MCPToolResultBlockParam(TypedDict):
    """
    An MCP tool result from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: NotRequired[str | Sequence[TextBlockParam]]
    """
    Result of the MCP tool: a string or text blocks.
    """
    is_error: NotRequired[bool]
    """
    Whether the tool call failed.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    type: Literal["mcp_tool_result"]
    """
    Always `mcp_tool_result`.
    """
