# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .tool_search_tool_result_error_code_param import ToolSearchToolResultErrorCodeParam


class ToolSearchToolResultErrorParam(TypedDict):
    """
    A failed tool search, as sent back.
    """

    error_code: ToolSearchToolResultErrorCodeParam
    """
    Machine-readable reason the tool call failed.
    """
    error_message: NotRequired[str | None]
    """
    Human-readable detail about the failure.
    """
    type: Literal["tool_search_tool_result_error"]
    """
    Always `tool_search_tool_result_error`.
    """
