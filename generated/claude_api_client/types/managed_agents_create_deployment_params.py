# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_create_deployment_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_create_deployment_params import (
    ManagedAgentsCreateDeploymentParams as ManagedAgentsCreateDeploymentParams,
)

__all__ = [
    "ManagedAgentsCreateDeploymentParams",
]
