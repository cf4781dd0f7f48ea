# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ToolChangeMCPToolReferenceParam(TypedDict):
    """
    Refers to one tool of an MCP server.
    """

    name: str
    """
    Name of the MCP tool.
    """
    server_name: str
    """
    MCP server that offers the tool.
    """
    type: Literal["mcp_tool_reference"]
    """
    Always `mcp_tool_reference`.
    """
