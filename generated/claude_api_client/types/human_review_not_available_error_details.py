# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.human_review_not_available_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.human_review_not_available_error_details import (
    HumanReviewNotAvailableErrorDetails as HumanReviewNotAvailableErrorDetails,
)

__all__ = [
    "HumanReviewNotAvailableErrorDetails",
]
