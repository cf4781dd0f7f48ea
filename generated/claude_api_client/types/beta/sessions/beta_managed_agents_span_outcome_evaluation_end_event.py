# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_span_outcome_evaluation_end_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_span_outcome_evaluation_end_event import (
    ManagedAgentsSpanOutcomeEvaluationEndEvent as BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
)

__all__ = [
    "BetaManagedAgentsSpanOutcomeEvaluationEndEvent",
]
