# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .compliance_review_case_close_reason import ComplianceReviewCaseCloseReason


class ComplianceReviewCaseClosed(APIModel):
    """Anthropic no longer awaits a response; a closed case never reopens."""

    type: Literal["closed"]
    """Always `closed`."""
    reason: ComplianceReviewCaseCloseReason
    """Why the case closed; it never changes afterwards."""
