# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .mcp_tool_param import MCPToolParam


class MCPToolListingBlockParam(TypedDict):
    """
    An MCP tool listing from an earlier response, sent back so the server reuses it.
    """

    mcp_server_name: str
    """
    The MCP server the listing came from, as `mcp_servers` names it.
    """
    tools: Sequence[MCPToolParam]
    """
    The server's tools, exactly as the response listed them.
    """
    type: Literal["mcp_tool_listing"]
    """
    Always `mcp_tool_listing`.
    """
