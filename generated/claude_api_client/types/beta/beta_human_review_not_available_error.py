# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_human_review_not_available_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import BetaHumanReviewNotAvailableError as BetaHumanReviewNotAvailableError

__all__ = [
    "BetaHumanReviewNotAvailableError",
]
