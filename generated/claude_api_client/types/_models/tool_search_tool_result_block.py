# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_search_tool_result_content import ToolSearchToolResultContent


class ToolSearchToolResultBlock(APIModel):
    """Result of a tool search."""

    content: ToolSearchToolResultContent
    """Tools found, or an error."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["tool_search_tool_result"]
    """Always `tool_search_tool_result`."""
