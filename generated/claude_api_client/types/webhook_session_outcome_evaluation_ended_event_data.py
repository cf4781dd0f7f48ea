# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.webhook_session_outcome_evaluation_ended_event_data`: the official path of these types."""

from __future__ import annotations

from ._models.webhook_session_outcome_evaluation_ended_event_data import (
    WebhookSessionOutcomeEvaluationEndedEventData as WebhookSessionOutcomeEvaluationEndedEventData,
)

__all__ = [
    "WebhookSessionOutcomeEvaluationEndedEventData",
]
