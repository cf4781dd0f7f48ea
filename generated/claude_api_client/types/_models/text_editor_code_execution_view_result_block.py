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
    """Text of the file."""
    file_type: TextEditorCodeExecutionViewResultBlockFileType
    """Kind of file that was viewed."""
    num_lines: int | None = None
    """Number of lines shown."""
    start_line: int | None = None
    """First line shown, from 1."""
    total_lines: int | None = None
    """Number of lines in the whole file."""
    type: Literal["text_editor_code_execution_view_result"]
    """Always `text_editor_code_execution_view_result`."""
