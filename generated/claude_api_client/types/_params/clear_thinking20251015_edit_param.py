# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .clear_thinking_keep_param import ClearThinkingKeepParam


class ClearThinking20251015EditParam(TypedDict):
    """
    Clears thinking blocks of older assistant turns.
    """

    keep: NotRequired[ClearThinkingKeepParam | Literal["all"]]
    """
    How many recent assistant turns keep their thinking blocks.
    """
    type: Literal["clear_thinking_20251015"]
    """
    Always `clear_thinking_20251015`.
    """
