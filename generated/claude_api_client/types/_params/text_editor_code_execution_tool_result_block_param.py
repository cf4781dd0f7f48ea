# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .text_editor_code_execution_tool_result_content_param import (
    TextEditorCodeExecutionToolResultContentParam,
)


class TextEditorCodeExecutionToolResultBlockParam(TypedDict):
    """
    A sandbox text editor result from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: TextEditorCodeExecutionToolResultContentParam
    """
    Result of the file operation, or an error.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    type: Literal["text_editor_code_execution_tool_result"]
    """
    Always `text_editor_code_execution_tool_result`.
    """
