# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel


class MCPToolUseBlock(APIModel):
    """The model calls a tool on an MCP server."""

    id: str
    input: dict[str, Any]
    name: str
    server_name: str
    type: Literal["mcp_tool_use"]
