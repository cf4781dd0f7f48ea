# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSpanOutcomeEvaluationOngoingEvent(APIModel):
    """Span outcome evaluation ongoing event."""

    type: Literal["span.outcome_evaluation_ongoing"]
    """Always `span.outcome_evaluation_ongoing`."""
    id: str
    """ID of the span outcome evaluation ongoing event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    iteration: int
    """Which evaluation round this is, counting from 1."""
    outcome_id: str
    """ID of the outcome being evaluated."""
