# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .model_param import ModelParam


class AdvisorTool20260301Param(TypedDict):
    """
    The advisor server tool, version 20260301: lets the model consult a stronger model mid-task.
    """

    allowed_callers: NotRequired[Sequence[AllowedCallerParam]]
    """
    Who may invoke this tool: the model directly and/or code running in the code execution tool.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    caching: NotRequired[CacheControlEphemeralParam | None]
    """
    Prompt caching of the advisor's own prompt.
    """
    defer_loading: NotRequired[bool]
    """
    Leave the tool out of the initial prompt until a tool search returns a reference to it.
    """
    max_tokens: NotRequired[int | None]
    """
    Upper limit on the advisor's output per call.
    """
    max_uses: NotRequired[int | None]
    """
    Upper limit on how many times the tool may be used in one request.
    """
    model: ModelParam
    """
    Model that acts as the advisor.
    """
    name: Literal["advisor"]
    """
    Name the model uses to call the tool.
    """
    strict: NotRequired[bool]
    """
    Guarantee that tool names and inputs match the tool definition.
    """
    type: Literal["advisor_20260301"]
    """
    Always `advisor_20260301`.
    """
