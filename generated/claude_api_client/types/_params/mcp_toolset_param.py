# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .mcp_tool_config_param import MCPToolConfigParam
from .mcp_tool_default_config_param import MCPToolDefaultConfigParam
from .mcp_tool_param import MCPToolParam


class MCPToolsetParam(TypedDict):
    """
    Exposes the tools of one MCP server from `mcp_servers`, with optional per-tool settings.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    configs: NotRequired[Mapping[str, MCPToolConfigParam] | None]
    """
    Overrides for individual tools, keyed by tool name.
    """
    default_config: NotRequired[MCPToolDefaultConfigParam]
    """
    Settings applied to every tool of the server.
    """
    mcp_server_name: str
    """
    Name of the MCP server whose tools this configures.
    """
    type: Literal["mcp_toolset"]
    """
    Always `mcp_toolset`.
    """
    tools: NotRequired[Sequence[MCPToolParam] | None]
    """
    The server's tool listing, pinned (copied from an earlier `mcp_tool_listing` block); the server is then not asked for it.
    """
