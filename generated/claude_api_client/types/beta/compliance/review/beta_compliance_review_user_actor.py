# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.beta_compliance_review_user_actor`: the official path of these types."""

from __future__ import annotations

from ...._models.compliance_review_user_actor import (
    ComplianceReviewUserActor as BetaComplianceReviewUserActor,
)

__all__ = [
    "BetaComplianceReviewUserActor",
]
