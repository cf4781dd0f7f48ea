# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .mcp_tool import MCPTool


class MCPToolListingBlock(APIModel):
    """The tool listing fetched from an MCP server for this response; send it back unchanged so later turns reuse it."""

    mcp_server_name: str
    """The MCP server the listing came from, as `mcp_servers` names it."""
    tools: list[MCPTool]
    """The server's tools."""
    type: Literal["mcp_tool_listing"]
    """Always `mcp_tool_listing`."""
