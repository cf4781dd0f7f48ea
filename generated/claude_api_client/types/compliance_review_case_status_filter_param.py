# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_review_case_status_filter_param`: the official path of these types."""

from __future__ import annotations

from ._params.compliance_review_case_status_filter_param import (
    ComplianceReviewCaseStatusFilterParam as ComplianceReviewCaseStatusFilterParam,
)

__all__ = [
    "ComplianceReviewCaseStatusFilterParam",
]
