# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .code_execution_tool_result_content_param import (
    CodeExecutionToolResultContentParam,
)


class CodeExecutionToolResultBlockParam(TypedDict):
    """
    A code execution result from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: CodeExecutionToolResultContentParam
    """
    Output of the run, or an error.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    type: Literal["code_execution_tool_result"]
    """
    Always `code_execution_tool_result`.
    """
