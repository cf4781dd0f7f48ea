# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsOutcomeEvaluationResource(APIModel):
    """Outcome evaluation resource."""

    type: Literal["outcome_evaluation"]
    """Always `outcome_evaluation`."""
    outcome_id: str
    """ID of the outcome being evaluated."""
    description: str
    """What the evaluated outcome is."""
    result: str
    """The outcome."""
    iteration: int
    """Which evaluation round this is, counting from 1."""
    completed_at: Timestamp | None = None
    """When it finished (RFC 3339)."""
    explanation: str | None = None
    """Why this result was reached."""
