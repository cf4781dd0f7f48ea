# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.deployment_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_agent_union_params import ManagedAgentsAgentUnionParams as Agent
from .._params.managed_agents_create_deployment_params import (
    ManagedAgentsCreateDeploymentParams as DeploymentCreateParams,
)
from .._params.managed_agents_session_resource_params import (
    ManagedAgentsSessionResourceParams as Resource,
)

__all__ = [
    "Agent",
    "DeploymentCreateParams",
    "Resource",
]
