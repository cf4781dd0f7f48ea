# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .bash_code_execution_result_block_param import BashCodeExecutionResultBlockParam
from .bash_code_execution_tool_result_error_param import (
    BashCodeExecutionToolResultErrorParam,
)

BashCodeExecutionToolResultContentParam: TypeAlias = (
    BashCodeExecutionToolResultErrorParam | BashCodeExecutionResultBlockParam
)
"""
Outcome of a bash command run by the code execution tool, as sent back.
"""
