# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_user_define_outcome_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_rubric import ManagedAgentsRubric as Rubric
from ..._models.managed_agents_user_define_outcome_event import (
    ManagedAgentsUserDefineOutcomeEvent as BetaManagedAgentsUserDefineOutcomeEvent,
)

__all__ = [
    "BetaManagedAgentsUserDefineOutcomeEvent",
    "Rubric",
]
