# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller
from .web_search_tool_result_content import WebSearchToolResultContent


class WebSearchToolResultBlock(APIModel):
    """Result of a web search."""

    caller: ToolCaller | None = None
    content: WebSearchToolResultContent
    tool_use_id: Annotated[str, Field(pattern="^srvtoolu_[a-zA-Z0-9_]+$")]
    type: Literal["web_search_tool_result"]
