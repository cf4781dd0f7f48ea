# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class TextEditorCodeExecutionToolResultErrorCode(OpenEnum):
    """Why a sandbox text editor operation failed."""

    INVALID_TOOL_INPUT = "invalid_tool_input"
    UNAVAILABLE = "unavailable"
    TOO_MANY_REQUESTS = "too_many_requests"
    EXECUTION_TIME_EXCEEDED = "execution_time_exceeded"
    FILE_NOT_FOUND = "file_not_found"
