# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.beta_compliance_review_case_order_by`: the official path of these types."""

from __future__ import annotations

from ...._params.compliance_review_case_order_by import (
    ComplianceReviewCaseOrderBy as BetaComplianceReviewCaseOrderBy,
)

__all__ = [
    "BetaComplianceReviewCaseOrderBy",
]
