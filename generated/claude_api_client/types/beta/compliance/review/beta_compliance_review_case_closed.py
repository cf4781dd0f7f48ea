# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.beta_compliance_review_case_closed`: the official path of these types."""

from __future__ import annotations

from ...._models.compliance_review_case_closed import (
    ComplianceReviewCaseClosed as BetaComplianceReviewCaseClosed,
)

__all__ = [
    "BetaComplianceReviewCaseClosed",
]
