# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .bash_code_execution_tool_result_error_code import (
    BashCodeExecutionToolResultErrorCode,
)


class BashCodeExecutionToolResultError(APIModel):
    """A bash command that failed."""

    error_code: BashCodeExecutionToolResultErrorCode
    """Machine-readable reason the tool call failed."""
    type: Literal["bash_code_execution_tool_result_error"]
    """Always `bash_code_execution_tool_result_error`."""
