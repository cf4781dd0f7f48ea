# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam


class ToolComputerUse20241022Param(TypedDict):
    """
    The computer use tool, version 20241022: screen, mouse and keyboard control.
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
    display_height_px: int
    """
    Height of the display in pixels.
    """
    display_number: NotRequired[int | None]
    """
    X11 display number, for environments with several displays.
    """
    display_width_px: int
    """
    Width of the display in pixels.
    """
    input_examples: NotRequired[Sequence[Mapping[str, Any]]]
    """
    Sample inputs that show the model how to call the tool.
    """
    name: Literal["computer"]
    """
    Name the model uses to call the tool.
    """
    strict: NotRequired[bool]
    """
    Guarantee that tool names and inputs match the tool definition.
    """
    type: Literal["computer_20241022"]
    """
    Always `computer_20241022`.
    """
