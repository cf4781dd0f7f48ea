# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_rubric import ManagedAgentsRubric
from .timestamp import Timestamp


class ManagedAgentsUserDefineOutcomeEvent(APIModel):
    """User define outcome event."""

    type: Literal["user.define_outcome"]
    id: str
    processed_at: Timestamp
    outcome_id: str
    description: str
    max_iterations: int | None
    rubric: ManagedAgentsRubric
