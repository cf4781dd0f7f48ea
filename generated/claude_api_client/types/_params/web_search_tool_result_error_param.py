# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .web_search_tool_result_error_code_param import WebSearchToolResultErrorCodeParam


class WebSearchToolResultErrorParam(TypedDict):
    """
    A failed web search, as sent back.
    """

    error_code: WebSearchToolResultErrorCodeParam
    """
    Machine-readable reason the tool call failed.
    """
    type: Literal["web_search_tool_result_error"]
    """
    Always `web_search_tool_result_error`.
    """
