# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.beta_compliance_review_order`: the official path of these types."""

from __future__ import annotations

from ..._params.compliance_review_order import ComplianceReviewOrder as BetaComplianceReviewOrder

__all__ = [
    "BetaComplianceReviewOrder",
]
