# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_review_notice_kind_type`: the official path of these types."""

from __future__ import annotations

from ._models.compliance_review_notice_kind_type import (
    ComplianceReviewNoticeKindType as ComplianceReviewNoticeKindType,
)

__all__ = [
    "ComplianceReviewNoticeKindType",
]
