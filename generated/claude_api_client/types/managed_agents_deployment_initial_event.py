# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_deployment_initial_event`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_deployment_initial_event import (
    ManagedAgentsDeploymentInitialEvent as ManagedAgentsDeploymentInitialEvent,
)

__all__ = [
    "ManagedAgentsDeploymentInitialEvent",
]
