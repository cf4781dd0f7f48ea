# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller
from .web_search_result_block import WebSearchResultBlock
from .web_search_tool_result_error import WebSearchToolResultError


class WebSearchToolResultBlock(APIModel):
    """Result of a web search."""

    caller: ToolCaller | None = None
    content: WebSearchToolResultError | list[WebSearchResultBlock]
    tool_use_id: str
    type: Literal["web_search_tool_result"]
