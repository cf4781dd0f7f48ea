# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .text_editor_code_execution_create_result_block_param import (
    TextEditorCodeExecutionCreateResultBlockParam,
)
from .text_editor_code_execution_str_replace_result_block_param import (
    TextEditorCodeExecutionStrReplaceResultBlockParam,
)
from .text_editor_code_execution_tool_result_error_param import (
    TextEditorCodeExecutionToolResultErrorParam,
)
from .text_editor_code_execution_view_result_block_param import (
    TextEditorCodeExecutionViewResultBlockParam,
)

TextEditorCodeExecutionToolResultContentParam: TypeAlias = (
    TextEditorCodeExecutionToolResultErrorParam
    | TextEditorCodeExecutionViewResultBlockParam
    | TextEditorCodeExecutionCreateResultBlockParam
    | TextEditorCodeExecutionStrReplaceResultBlockParam
)
"""
Outcome of a file operation of the code execution text editor, as sent back.
"""
