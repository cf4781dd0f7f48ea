# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_anthropic_human_review`: the official path of these types."""

from __future__ import annotations

from .._models.anthropic_human_review import AnthropicHumanReview as BetaAnthropicHumanReview

__all__ = [
    "BetaAnthropicHumanReview",
]
