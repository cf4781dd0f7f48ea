# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_toolset_default_config`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_agent_toolset_default_config import (
    ManagedAgentsAgentToolsetDefaultConfig as BetaManagedAgentsAgentToolsetDefaultConfig,
)
from .._models.managed_agents_permission_policy import (
    ManagedAgentsPermissionPolicy as PermissionPolicy,
)

__all__ = [
    "BetaManagedAgentsAgentToolsetDefaultConfig",
    "PermissionPolicy",
]
