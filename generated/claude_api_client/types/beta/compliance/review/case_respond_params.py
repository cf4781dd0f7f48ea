# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.case_respond_params`: the official path of these types."""

from __future__ import annotations

from ...._params.compliance_review_case_respond_params import (
    ComplianceReviewCaseRespondParams as CaseRespondParams,
)

__all__ = [
    "CaseRespondParams",
]
