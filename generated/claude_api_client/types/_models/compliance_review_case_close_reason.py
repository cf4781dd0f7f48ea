# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .compliance_review_case_close_reason_type import (
    ComplianceReviewCaseCloseReasonType,
)


class ComplianceReviewCaseCloseReason(APIModel):
    """Why a review case closed."""

    type: ComplianceReviewCaseCloseReasonType
    """`responded` (a response was recorded), `window_ended` (time ran out without one) or `ended_by_anthropic` (more values may come)."""
