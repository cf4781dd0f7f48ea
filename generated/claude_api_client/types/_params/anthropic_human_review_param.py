# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class AnthropicHumanReviewParam(TypedDict):
    """
    Whether Anthropic's human review applies to a workspace's traffic.
    """

    type: Literal["disabled", "enabled"]
    """
    Whether it applies: `enabled` or `disabled`.
    """
