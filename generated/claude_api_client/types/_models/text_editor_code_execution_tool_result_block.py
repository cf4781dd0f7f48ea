# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .text_editor_code_execution_tool_result_content import (
    TextEditorCodeExecutionToolResultContent,
)


class TextEditorCodeExecutionToolResultBlock(APIModel):
    """Result of a sandbox text editor operation."""

    content: TextEditorCodeExecutionToolResultContent
    """Result of the file operation, or an error."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["text_editor_code_execution_tool_result"]
    """Always `text_editor_code_execution_tool_result`."""
