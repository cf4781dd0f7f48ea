# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_anthropic_human_review_param`: the official path of these types."""

from __future__ import annotations

from ..._params.anthropic_human_review_param import (
    AnthropicHumanReviewParam as BetaAnthropicHumanReviewParam,
)

__all__ = [
    "BetaAnthropicHumanReviewParam",
]
