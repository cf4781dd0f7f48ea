# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_review_violated_policy_category_param`: the official path of these types."""

from __future__ import annotations

from ._params.compliance_review_violated_policy_category_param import (
    ComplianceReviewViolatedPolicyCategoryParam as ComplianceReviewViolatedPolicyCategoryParam,
)

__all__ = [
    "ComplianceReviewViolatedPolicyCategoryParam",
]
