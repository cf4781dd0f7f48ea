# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_rubric import ManagedAgentsRubric


class ManagedAgentsDeploymentUserDefineOutcomeEvent(APIModel):
    """Deployment user define outcome event."""

    type: Literal["user.define_outcome"]
    """Always `user.define_outcome`."""
    description: str
    """What the outcome is: the result the agent should reach."""
    rubric: ManagedAgentsRubric
    """What the outcome is judged against."""
    max_iterations: int | None = None
    """Most evaluation rounds before giving up."""
