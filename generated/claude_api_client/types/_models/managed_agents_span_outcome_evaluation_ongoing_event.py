# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSpanOutcomeEvaluationOngoingEvent(APIModel):
    """Span outcome evaluation ongoing event."""

    type: Literal["span.outcome_evaluation_ongoing"]
    id: str
    processed_at: Timestamp
    iteration: int
    outcome_id: str
