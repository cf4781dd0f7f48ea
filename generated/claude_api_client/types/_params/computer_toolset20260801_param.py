# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .computer_toolset_configs_param import ComputerToolsetConfigsParam


class ComputerToolset20260801Param(TypedDict):
    """
    The computer toolset: actions that drive a desktop run by the caller.
    """

    allowed_callers: NotRequired[Sequence[AllowedCallerParam]]
    """
    Who may invoke this tool: the model directly and/or code running in the code execution tool.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    configs: NotRequired[ComputerToolsetConfigsParam | None]
    """
    Overrides for individual members, keyed by member name.
    """
    type: Literal["computer_toolset_20260801"]
    """
    Always `computer_toolset_20260801`.
    """
