# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_tool_config`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_agent_tool_config_union import (
    ManagedAgentsAgentToolConfigUnion as BetaManagedAgentsAgentToolConfig,
)

__all__ = [
    "BetaManagedAgentsAgentToolConfig",
]
