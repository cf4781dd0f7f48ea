# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ToolChangeMCPToolsetReferenceParam(TypedDict):
    """
    Refers to all tools of an MCP server.
    """

    server_name: str
    """
    MCP server whose toolset is meant.
    """
    type: Literal["mcp_toolset_reference"]
    """
    Always `mcp_toolset_reference`.
    """
