# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class TextEditorCodeExecutionStrReplaceResultBlockParam(TypedDict):
    """
    A string replacement by the sandbox text editor, as sent back.
    """

    lines: NotRequired[Sequence[str] | None]
    """
    The edited region of the file after the change, as lines.
    """
    new_lines: NotRequired[int | None]
    """
    Number of lines in the replacement text.
    """
    new_start: NotRequired[int | None]
    """
    First line of the replacement text in the new file.
    """
    old_lines: NotRequired[int | None]
    """
    Number of lines that were replaced.
    """
    old_start: NotRequired[int | None]
    """
    First line of the replaced text in the old file.
    """
    type: Literal["text_editor_code_execution_str_replace_result"]
    """
    Always `text_editor_code_execution_str_replace_result`.
    """
