# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.text_editor_code_execution_tool_result_error_code_param`: the official path of these types."""

from __future__ import annotations

from ._params.text_editor_code_execution_tool_result_error_code_param import (
    TextEditorCodeExecutionToolResultErrorCodeParam as TextEditorCodeExecutionToolResultErrorCodeParam,
)

__all__ = [
    "TextEditorCodeExecutionToolResultErrorCodeParam",
]
