# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .text_editor_code_execution_tool_result_error_code import (
    TextEditorCodeExecutionToolResultErrorCode,
)


class TextEditorCodeExecutionToolResultError(APIModel):
    """A sandbox text editor operation that failed."""

    error_code: TextEditorCodeExecutionToolResultErrorCode
    """Machine-readable reason the tool call failed."""
    error_message: str | None = None
    """Human-readable detail about the failure."""
    type: Literal["text_editor_code_execution_tool_result_error"]
    """Always `text_editor_code_execution_tool_result_error`."""
