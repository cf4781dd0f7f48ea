# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class InputTokensClearAtLeastParam(TypedDict):
    """
    Clear at least this many input tokens when the edit runs.
    """

    type: Literal["input_tokens"]
    """
    Always `input_tokens`.
    """
    value: int
    """
    Minimum number of input tokens to free.
    """
