# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .text_block import TextBlock


class MCPToolResultBlock(APIModel):
    """Result of an MCP tool call."""

    content: str | list[TextBlock]
    """Result of the MCP tool: a string or text blocks."""
    is_error: bool | None = None
    """Whether the tool call failed."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["mcp_tool_result"]
    """Always `mcp_tool_result`."""
