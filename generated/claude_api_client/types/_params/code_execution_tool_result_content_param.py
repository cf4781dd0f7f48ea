# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .code_execution_result_block_param import CodeExecutionResultBlockParam
from .code_execution_tool_result_error_param import CodeExecutionToolResultErrorParam
from .encrypted_code_execution_result_block_param import (
    EncryptedCodeExecutionResultBlockParam,
)

CodeExecutionToolResultContentParam: TypeAlias = (
    CodeExecutionToolResultErrorParam
    | CodeExecutionResultBlockParam
    | EncryptedCodeExecutionResultBlockParam
)
"""
Outcome of a code execution tool call, as sent back.
"""
