# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_multiagent_workflows_disabled`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_multiagent_workflows_disabled import (
    ManagedAgentsMultiagentWorkflowsDisabled as ManagedAgentsMultiagentWorkflowsDisabled,
)

__all__ = [
    "ManagedAgentsMultiagentWorkflowsDisabled",
]
