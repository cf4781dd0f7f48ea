# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_review_order_param`: the official path of these types."""

from __future__ import annotations

from ._params.compliance_review_order_param import (
    ComplianceReviewOrderParam as ComplianceReviewOrderParam,
)

__all__ = [
    "ComplianceReviewOrderParam",
]
