# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_review_case_page`: the official path of these types."""

from __future__ import annotations

from ._models.compliance_review_case_page import (
    ComplianceReviewCasePage as ComplianceReviewCasePage,
)

__all__ = [
    "ComplianceReviewCasePage",
]
