# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_mcp_tool_config_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_mcp_tool_config_params import (
    ManagedAgentsMCPToolConfigParams as BetaManagedAgentsMCPToolConfigParams,
)
from .._params.managed_agents_permission_policy_param import (
    ManagedAgentsPermissionPolicyParam as PermissionPolicy,
)

__all__ = [
    "BetaManagedAgentsMCPToolConfigParams",
    "PermissionPolicy",
]
