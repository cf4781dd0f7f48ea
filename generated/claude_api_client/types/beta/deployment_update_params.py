# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.deployment_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_agent_union_params import ManagedAgentsAgentUnionParams as Agent
from .._params.managed_agents_session_resource_params import (
    ManagedAgentsSessionResourceParams as Resource,
)
from .._params.managed_agents_update_deployment_params import (
    ManagedAgentsUpdateDeploymentParams as DeploymentUpdateParams,
)

__all__ = [
    "Agent",
    "DeploymentUpdateParams",
    "Resource",
]
