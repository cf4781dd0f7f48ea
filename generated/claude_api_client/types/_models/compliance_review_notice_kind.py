# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .compliance_review_notice_kind_type import ComplianceReviewNoticeKindType


class ComplianceReviewNoticeKind(APIModel):
    """The kind of a review notice."""

    type: ComplianceReviewNoticeKindType
    """`response_requested` (respond to the cases in `case_ids`), `warning` or `question` (the text says how to answer) (more values may come)."""
