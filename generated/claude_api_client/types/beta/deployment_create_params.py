# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.deployment_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_create_deployment_params import (
    ManagedAgentsCreateDeploymentParams as DeploymentCreateParams,
)

__all__ = [
    "DeploymentCreateParams",
]
