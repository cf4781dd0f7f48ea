# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_multiagent_advisor_enabled`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_multiagent_advisor_enabled import (
    ManagedAgentsMultiagentAdvisorEnabled as BetaManagedAgentsMultiagentAdvisorEnabled,
)

__all__ = [
    "BetaManagedAgentsMultiagentAdvisorEnabled",
]
