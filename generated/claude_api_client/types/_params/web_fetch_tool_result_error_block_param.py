# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .web_fetch_tool_result_error_code_param import WebFetchToolResultErrorCodeParam


class WebFetchToolResultErrorBlockParam(TypedDict):
    """
    A failed web fetch, as sent back.
    """

    error_code: WebFetchToolResultErrorCodeParam
    """
    Machine-readable reason the tool call failed.
    """
    type: Literal["web_fetch_tool_result_error"]
    """
    Always `web_fetch_tool_result_error`.
    """
