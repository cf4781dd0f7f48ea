# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam


class CodeExecutionTool20250825Param(TypedDict):
    """
    The code execution server tool, version 20250825: runs code in an Anthropic sandbox.
    """

    allowed_callers: NotRequired[Sequence[AllowedCallerParam]]
    """
    Who may invoke this tool: the model directly and/or code running in the code execution tool.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    defer_loading: NotRequired[bool]
    """
    Leave the tool out of the initial prompt until a tool search returns a reference to it.
    """
    name: Literal["code_execution"]
    """
    Name the model uses to call the tool.
    """
    strict: NotRequired[bool]
    """
    Guarantee that tool names and inputs match the tool definition.
    """
    type: Literal["code_execution_20250825"]
    """
    Always `code_execution_20250825`.
    """
