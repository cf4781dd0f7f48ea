# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_review_case_close_reason_type`: the official path of these types."""

from __future__ import annotations

from ._models.compliance_review_case_close_reason_type import (
    ComplianceReviewCaseCloseReasonType as ComplianceReviewCaseCloseReasonType,
)

__all__ = [
    "ComplianceReviewCaseCloseReasonType",
]
