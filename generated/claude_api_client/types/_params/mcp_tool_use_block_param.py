# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam


class MCPToolUseBlockParam(TypedDict):
    """
    An MCP tool call from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    id: str
    """
    Id of the MCP tool call.
    """
    input: Mapping[str, Any]
    """
    Arguments of the tool call, as a JSON object.
    """
    name: str
    """
    Name of the MCP tool.
    """
    server_name: str
    """
    Name of the MCP server.
    """
    type: Literal["mcp_tool_use"]
    """
    Always `mcp_tool_use`.
    """
