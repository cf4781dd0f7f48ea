# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ComplianceReviewCaseCloseReasonType: TypeAlias = Literal[
        "responded", "window_ended", "ended_by_anthropic"
    ]
else:

    class ComplianceReviewCaseCloseReasonType(OpenEnum):
        """`responded` (a response was recorded), `window_ended` (time ran out without one) or `ended_by_anthropic` (more values may come)."""

        RESPONDED = "responded"
        WINDOW_ENDED = "window_ended"
        ENDED_BY_ANTHROPIC = "ended_by_anthropic"
