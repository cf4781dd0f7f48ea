# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .text_block import TextBlock


class MCPToolResultBlock(APIModel):
    """Result of an MCP tool call."""

    content: str | list[TextBlock]
    is_error: bool | None = None
    tool_use_id: str
    type: Literal["mcp_tool_result"]
