# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.beta_compliance_review_determination`: the official path of these types."""

from __future__ import annotations

from ...._params.compliance_review_determination import (
    ComplianceReviewDetermination as BetaComplianceReviewDetermination,
)

__all__ = [
    "BetaComplianceReviewDetermination",
]
