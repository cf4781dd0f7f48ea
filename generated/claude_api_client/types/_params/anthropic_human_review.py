# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class AnthropicHumanReview(TypedDict):
    """
    Anthropic Human Review.
    """

    type: Literal["disabled", "enabled"]
    """
    Object type tag.
    """
