# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TextEditorCodeExecutionStrReplaceResultBlock(APIModel):
    """A string replaced by the sandbox text editor."""

    lines: list[str] | None = None
    """The edited region of the file after the change, as lines."""
    new_lines: int | None = None
    """Number of lines in the replacement text."""
    new_start: int | None = None
    """First line of the replacement text in the new file."""
    old_lines: int | None = None
    """Number of lines that were replaced."""
    old_start: int | None = None
    """First line of the replaced text in the old file."""
    type: Literal["text_editor_code_execution_str_replace_result"]
    """Always `text_editor_code_execution_str_replace_result`."""
