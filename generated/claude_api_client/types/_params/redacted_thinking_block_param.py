# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class RedactedThinkingBlockParam(TypedDict):
    """
    A redacted thinking block from an earlier response, sent back unchanged.
    """

    data: str
    """
    The encrypted thinking, as returned earlier.
    """
    type: Literal["redacted_thinking"]
    """
    Always `redacted_thinking`.
    """
