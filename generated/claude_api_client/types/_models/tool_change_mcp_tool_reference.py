# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ToolChangeMCPToolReference(APIModel):
    """One MCP tool, by its server and its name there."""

    name: str
    """The tool name on its server."""
    server_name: str
    """The MCP server name."""
    type: Literal["mcp_tool_reference"]
    """Always `mcp_tool_reference`."""
