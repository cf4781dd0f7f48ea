# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .web_search_tool_result_error_code import WebSearchToolResultErrorCode


class WebSearchToolResultError(APIModel):
    """A web search that failed."""

    error_code: WebSearchToolResultErrorCode
    """Machine-readable reason the tool call failed."""
    type: Literal["web_search_tool_result_error"]
    """Always `web_search_tool_result_error`."""
