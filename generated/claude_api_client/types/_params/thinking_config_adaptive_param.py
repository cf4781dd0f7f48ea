# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .thinking_block_binding_param import ThinkingBlockBindingParam
from .thinking_display_mode_param import ThinkingDisplayModeParam


class ThinkingConfigAdaptiveParam(TypedDict):
    """
    Extended thinking whose budget the model chooses.
    """

    block_binding: NotRequired[ThinkingBlockBindingParam | None]
    """
    Controls for thinking blocks sent back that fail the conversation check; null or empty keeps the defaults.
    """
    display: NotRequired[ThinkingDisplayModeParam | None]
    """
    Whether thinking is returned summarised or left out of the response.
    """
    type: Literal["adaptive"]
    """
    Always `adaptive`.
    """
