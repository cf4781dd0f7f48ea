# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .text_editor_code_execution_view_result_block_file_type import (
    TextEditorCodeExecutionViewResultBlockFileType,
)


class TextEditorCodeExecutionViewResultBlock(APIModel):
    """A file viewed by the sandbox text editor."""

    content: str
    file_type: TextEditorCodeExecutionViewResultBlockFileType
    num_lines: int | None = None
    start_line: int | None = None
    total_lines: int | None = None
    type: Literal["text_editor_code_execution_view_result"]
