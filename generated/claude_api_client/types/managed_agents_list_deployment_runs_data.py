# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_list_deployment_runs_data`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_list_deployment_runs_data import (
    ManagedAgentsListDeploymentRunsData as ManagedAgentsListDeploymentRunsData,
)

__all__ = [
    "ManagedAgentsListDeploymentRunsData",
]
