# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_deployment_run`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_deployment_run import (
    ManagedAgentsDeploymentRun as BetaManagedAgentsDeploymentRun,
)
from .._models.managed_agents_run_error import ManagedAgentsRunError as Error

__all__ = [
    "BetaManagedAgentsDeploymentRun",
    "Error",
]
