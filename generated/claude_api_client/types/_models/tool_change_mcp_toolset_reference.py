# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ToolChangeMCPToolsetReference(APIModel):
    """Every tool of one MCP server."""

    server_name: str
    """The MCP server name."""
    type: Literal["mcp_toolset_reference"]
    """Always `mcp_toolset_reference`."""
