# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsOutcomeEvaluationResource(APIModel):
    """Outcome evaluation resource."""

    type: Literal["outcome_evaluation"]
    outcome_id: str
    description: str
    result: str
    iteration: int
    completed_at: Timestamp | None
    explanation: str | None
