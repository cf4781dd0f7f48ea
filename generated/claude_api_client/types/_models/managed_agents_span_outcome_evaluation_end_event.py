# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_span_model_usage import ManagedAgentsSpanModelUsage
from .timestamp import Timestamp


class ManagedAgentsSpanOutcomeEvaluationEndEvent(APIModel):
    """Span outcome evaluation end event."""

    type: Literal["span.outcome_evaluation_end"]
    """Always `span.outcome_evaluation_end`."""
    id: str
    """ID of the span outcome evaluation end event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    outcome_evaluation_start_id: str
    """ID of the span event that opened this evaluation."""
    iteration: int
    """Which evaluation round this is, counting from 1."""
    result: str
    """The outcome."""
    explanation: str
    """Why this result was reached."""
    usage: ManagedAgentsSpanModelUsage
    """Token usage."""
    outcome_id: str
    """ID of the outcome being evaluated."""
