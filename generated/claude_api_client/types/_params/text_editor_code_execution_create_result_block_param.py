# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class TextEditorCodeExecutionCreateResultBlockParam(TypedDict):
    """
    A file creation by the sandbox text editor, as sent back.
    """

    is_file_update: bool
    """
    Whether an existing file was overwritten rather than a new one created.
    """
    type: Literal["text_editor_code_execution_create_result"]
    """
    Always `text_editor_code_execution_create_result`.
    """
