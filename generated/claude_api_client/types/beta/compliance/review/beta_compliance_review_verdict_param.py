# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.beta_compliance_review_verdict_param`: the official path of these types."""

from __future__ import annotations

from ...._params.compliance_review_verdict_param import (
    ComplianceReviewVerdictParam as BetaComplianceReviewVerdictParam,
)

__all__ = [
    "BetaComplianceReviewVerdictParam",
]
