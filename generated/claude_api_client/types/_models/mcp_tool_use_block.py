# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel


class MCPToolUseBlock(APIModel):
    """The model calls a tool on an MCP server."""

    id: str
    """Id of the MCP tool call."""
    input: dict[str, Any]
    """Arguments of the tool call, as a JSON object."""
    name: str
    """Name of the MCP tool."""
    server_name: str
    """Name of the MCP server."""
    type: Literal["mcp_tool_use"]
    """Always `mcp_tool_use`."""
