# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_memory_tool_config_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_memory_tool_config_params import (
    ManagedAgentsMemoryToolConfigParams as BetaManagedAgentsMemoryToolConfigParams,
)
from ..._params.managed_agents_memory_tool_config_permission_policy_param import (
    ManagedAgentsMemoryToolConfigPermissionPolicyParam as PermissionPolicy,
)

__all__ = [
    "BetaManagedAgentsMemoryToolConfigParams",
    "PermissionPolicy",
]
