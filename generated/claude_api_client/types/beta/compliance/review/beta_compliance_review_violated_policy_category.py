# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.beta_compliance_review_violated_policy_category`: the official path of these types."""

from __future__ import annotations

from ...._params.compliance_review_violated_policy_category import (
    ComplianceReviewViolatedPolicyCategory as BetaComplianceReviewViolatedPolicyCategory,
)

__all__ = [
    "BetaComplianceReviewViolatedPolicyCategory",
]
