# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ThinkingTurnsParam(TypedDict):
    """
    Keep thinking blocks of this many recent assistant turns.
    """

    type: Literal["thinking_turns"]
    """
    Always `thinking_turns`.
    """
    value: int
    """
    Number of recent assistant turns whose thinking is kept.
    """
