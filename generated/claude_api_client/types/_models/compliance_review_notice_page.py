# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .compliance_review_notice import ComplianceReviewNotice


class ComplianceReviewNoticePage(APIModel):
    """One page of review notices."""

    data: list[ComplianceReviewNotice]
    """The items of this page."""
    next_page: str | None = None
    """Pass as `page` to get the next page; null on the last one."""
