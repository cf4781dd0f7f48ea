# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_multiagent_workflows_enabled_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_multiagent_workflows_enabled_params import (
    ManagedAgentsMultiagentWorkflowsEnabledParams as BetaManagedAgentsMultiagentWorkflowsEnabledParams,
)

__all__ = [
    "BetaManagedAgentsMultiagentWorkflowsEnabledParams",
]
