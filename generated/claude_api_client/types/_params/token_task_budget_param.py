# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class TokenTaskBudgetParam(TypedDict):
    """
    A token budget shared by all contexts of one task.
    """

    remaining: NotRequired[int | None]
    """
    Tokens left in the budget; defaults to `total`.
    """
    total: int
    """
    Token budget for the whole task, across contexts.
    """
    type: Literal["tokens"]
    """
    Always `tokens`.
    """
