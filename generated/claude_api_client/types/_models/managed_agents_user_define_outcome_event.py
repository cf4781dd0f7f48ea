# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_rubric import ManagedAgentsRubric
from .timestamp import Timestamp


class ManagedAgentsUserDefineOutcomeEvent(APIModel):
    """User define outcome event."""

    type: Literal["user.define_outcome"]
    """Always `user.define_outcome`."""
    id: str
    """ID of the user define outcome event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    outcome_id: str
    """ID of the outcome being evaluated."""
    description: str
    """What the outcome is: the result the agent should reach."""
    max_iterations: int | None = None
    """Most evaluation rounds before giving up."""
    rubric: ManagedAgentsRubric
    """What the outcome is judged against."""
