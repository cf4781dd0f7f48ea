# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class AllThinkingTurnsParam(TypedDict):
    """
    Keep thinking blocks of every turn.
    """

    type: Literal["all"]
    """
    Always `all`.
    """
