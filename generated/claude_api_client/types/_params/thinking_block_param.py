# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ThinkingBlockParam(TypedDict):
    """
    A thinking block from an earlier response, sent back unchanged.
    """

    signature: str
    """
    The signature, as returned earlier.
    """
    thinking: str
    """
    The thinking text, as returned earlier.
    """
    type: Literal["thinking"]
    """
    Always `thinking`.
    """
