# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.beta_compliance_review_case_status_filter`: the official path of these types."""

from __future__ import annotations

from ...._params.compliance_review_case_status_filter import (
    ComplianceReviewCaseStatusFilter as BetaComplianceReviewCaseStatusFilter,
)

__all__ = [
    "BetaComplianceReviewCaseStatusFilter",
]
