# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller
from .web_fetch_tool_result_content import WebFetchToolResultContent


class WebFetchToolResultBlock(APIModel):
    """Result of a web fetch."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    content: WebFetchToolResultContent
    """The fetched page, or an error."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["web_fetch_tool_result"]
    """Always `web_fetch_tool_result`."""
