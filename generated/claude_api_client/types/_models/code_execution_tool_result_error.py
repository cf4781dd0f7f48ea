# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .code_execution_tool_result_error_code import CodeExecutionToolResultErrorCode


class CodeExecutionToolResultError(APIModel):
    """A code execution that failed."""

    error_code: CodeExecutionToolResultErrorCode
    """Machine-readable reason the tool call failed."""
    type: Literal["code_execution_tool_result_error"]
    """Always `code_execution_tool_result_error`."""
