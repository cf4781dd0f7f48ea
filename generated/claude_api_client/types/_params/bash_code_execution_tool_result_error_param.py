# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .bash_code_execution_tool_result_error_code_param import (
    BashCodeExecutionToolResultErrorCodeParam,
)


class BashCodeExecutionToolResultErrorParam(TypedDict):
    """
    A failed bash command, as sent back.
    """

    error_code: BashCodeExecutionToolResultErrorCodeParam
    """
    Machine-readable reason the tool call failed.
    """
    type: Literal["bash_code_execution_tool_result_error"]
    """
    Always `bash_code_execution_tool_result_error`.
    """
