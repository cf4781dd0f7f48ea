# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .code_execution_tool_result_error_code_param import (
    CodeExecutionToolResultErrorCodeParam,
)


class CodeExecutionToolResultErrorParam(TypedDict):
    """
    A failed code execution, as sent back.
    """

    error_code: CodeExecutionToolResultErrorCodeParam
    """
    Machine-readable reason the tool call failed.
    """
    type: Literal["code_execution_tool_result_error"]
    """
    Always `code_execution_tool_result_error`.
    """
