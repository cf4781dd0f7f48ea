# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.anthropic_human_review_type`: the official path of these types."""

from __future__ import annotations

from ._models.anthropic_human_review_type import (
    AnthropicHumanReviewType as AnthropicHumanReviewType,
)

__all__ = [
    "AnthropicHumanReviewType",
]
