# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .anthropic_human_review_type import AnthropicHumanReviewType


class AnthropicHumanReview(APIModel):
    """Whether Anthropic's human review applies to a workspace's traffic."""

    type: AnthropicHumanReviewType
    """Whether it applies: `enabled` or `disabled`."""
