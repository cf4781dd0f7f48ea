# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TextEditorCodeExecutionStrReplaceResultBlock(APIModel):
    """A string replaced by the sandbox text editor."""

    lines: list[str] | None = None
    new_lines: int | None = None
    new_start: int | None = None
    old_lines: int | None = None
    old_start: int | None = None
    type: Literal["text_editor_code_execution_str_replace_result"]
