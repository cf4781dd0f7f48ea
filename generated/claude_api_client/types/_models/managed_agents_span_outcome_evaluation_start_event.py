# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSpanOutcomeEvaluationStartEvent(APIModel):
    """Span outcome evaluation start event."""

    type: Literal["span.outcome_evaluation_start"]
    """Always `span.outcome_evaluation_start`."""
    id: str
    """ID of the span outcome evaluation start event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    iteration: int
    """Which evaluation round this is, counting from 1."""
    outcome_id: str
    """ID of the outcome being evaluated."""
