# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .text_block import TextBlock


class MCPToolResultBlock(APIModel):
    """Result of an MCP tool call."""

    content: str | list[TextBlock]
    """Result of the MCP tool: a string or text blocks."""
    is_error: bool | None = None
    """Whether the tool call failed."""
    tool_use_id: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]+$")]
    """Id of the tool use block this result answers."""
    type: Literal["mcp_tool_result"]
    """Always `mcp_tool_result`."""
