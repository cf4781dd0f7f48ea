# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .web_fetch_tool_result_error_code import WebFetchToolResultErrorCode


class WebFetchToolResultErrorBlock(APIModel):
    """A web fetch that failed."""

    error_code: WebFetchToolResultErrorCode
    """Machine-readable reason the tool call failed."""
    type: Literal["web_fetch_tool_result_error"]
    """Always `web_fetch_tool_result_error`."""
