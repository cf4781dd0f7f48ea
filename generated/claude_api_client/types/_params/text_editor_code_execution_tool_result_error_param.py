# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .text_editor_code_execution_tool_result_error_code_param import (
    TextEditorCodeExecutionToolResultErrorCodeParam,
)


class TextEditorCodeExecutionToolResultErrorParam(TypedDict):
    """
    A failed sandbox text editor operation, as sent back.
    """

    error_code: TextEditorCodeExecutionToolResultErrorCodeParam
    """
    Machine-readable reason the tool call failed.
    """
    error_message: NotRequired[str | None]
    """
    Human-readable detail about the failure.
    """
    type: Literal["text_editor_code_execution_tool_result_error"]
    """
    Always `text_editor_code_execution_tool_result_error`.
    """
