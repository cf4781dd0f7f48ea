# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_span_model_usage import ManagedAgentsSpanModelUsage
from .timestamp import Timestamp


class ManagedAgentsSpanOutcomeEvaluationEndEvent(APIModel):
    """Span outcome evaluation end event."""

    type: Literal["span.outcome_evaluation_end"]
    id: str
    processed_at: Timestamp
    outcome_evaluation_start_id: str
    iteration: int
    result: str
    explanation: str
    usage: ManagedAgentsSpanModelUsage
    outcome_id: str
