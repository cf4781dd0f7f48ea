# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class MCPToolUseBlock(APIModel):
    """The model calls a tool on an MCP server."""

    id: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]+$")]
    input: dict[str, Any]
    name: str
    server_name: str
    type: Literal["mcp_tool_use"]
