# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_multiagent_advisor_disabled_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_multiagent_advisor_disabled_params import (
    ManagedAgentsMultiagentAdvisorDisabledParams as BetaManagedAgentsMultiagentAdvisorDisabledParams,
)

__all__ = [
    "BetaManagedAgentsMultiagentAdvisorDisabledParams",
]
