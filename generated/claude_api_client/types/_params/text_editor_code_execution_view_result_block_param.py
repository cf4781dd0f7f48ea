# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class TextEditorCodeExecutionViewResultBlockParam(TypedDict):
    """
    A file view by the sandbox text editor, as sent back.
    """

    content: str
    """
    Text of the file.
    """
    file_type: Literal["text", "image", "pdf"]
    """
    Kind of file that was viewed.
    """
    num_lines: NotRequired[int | None]
    """
    Number of lines shown.
    """
    start_line: NotRequired[int | None]
    """
    First line shown, from 1.
    """
    total_lines: NotRequired[int | None]
    """
    Number of lines in the whole file.
    """
    type: Literal["text_editor_code_execution_view_result"]
    """
    Always `text_editor_code_execution_view_result`.
    """
