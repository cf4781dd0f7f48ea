# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class InputTokensTriggerParam(TypedDict):
    """
    Starts the edit once the input reaches this many tokens.
    """

    type: Literal["input_tokens"]
    """
    Always `input_tokens`.
    """
    value: int
    """
    Input-token count that starts the edit.
    """
