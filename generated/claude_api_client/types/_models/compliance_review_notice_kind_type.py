# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ComplianceReviewNoticeKindType: TypeAlias = Literal["response_requested", "warning", "question"]
else:

    class ComplianceReviewNoticeKindType(OpenEnum):
        """`response_requested` (respond to the cases in `case_ids`), `warning` or `question` (the text says how to answer) (more values may come)."""

        RESPONSE_REQUESTED = "response_requested"
        WARNING = "warning"
        QUESTION = "question"
