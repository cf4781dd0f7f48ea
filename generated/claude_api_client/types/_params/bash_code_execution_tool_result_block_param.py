# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .bash_code_execution_tool_result_content_param import (
    BashCodeExecutionToolResultContentParam,
)
from .cache_control_ephemeral_param import CacheControlEphemeralParam


class BashCodeExecutionToolResultBlockParam(TypedDict):
    """
    A bash code execution result from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: BashCodeExecutionToolResultContentParam
    """
    Output of the run, or an error.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    type: Literal["bash_code_execution_tool_result"]
    """
    Always `bash_code_execution_tool_result`.
    """
