# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_rubric import ManagedAgentsRubric
from .timestamp import Timestamp


class ManagedAgentsBedrockUserDefineOutcomeEvent(APIModel):
    """Bedrock: user define outcome event."""

    id: str
    """ID of the user define outcome event."""
    description: str
    """What the outcome is: the result the agent should reach."""
    max_iterations: int | None = None
    """Most evaluation rounds before giving up."""
    outcome_id: str
    """ID of the outcome being evaluated."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    rubric: ManagedAgentsRubric
    """What the outcome is judged against."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    type: Literal["user.define_outcome"]
    """Always `user.define_outcome`."""
