# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.text_editor_code_execution_tool_result_error_object`: the official path of these types."""

from __future__ import annotations

from ._models.text_editor_code_execution_tool_result_error import (
    TextEditorCodeExecutionToolResultError as TextEditorCodeExecutionToolResultErrorObject,
)

__all__ = [
    "TextEditorCodeExecutionToolResultErrorObject",
]
