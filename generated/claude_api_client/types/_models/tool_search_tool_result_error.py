# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_search_tool_result_error_code import ToolSearchToolResultErrorCode


class ToolSearchToolResultError(APIModel):
    """A tool search that failed."""

    error_code: ToolSearchToolResultErrorCode
    """Machine-readable reason the tool call failed."""
    error_message: str | None = None
    """Human-readable detail about the failure."""
    type: Literal["tool_search_tool_result_error"]
    """Always `tool_search_tool_result_error`."""
