# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller
from .web_search_tool_result_content import WebSearchToolResultContent


class WebSearchToolResultBlock(APIModel):
    """Result of a web search."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    content: WebSearchToolResultContent
    """Search results, or an error."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["web_search_tool_result"]
    """Always `web_search_tool_result`."""
