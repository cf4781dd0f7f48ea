# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_tool_config_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_agent_tool_config_union_params import (
    ManagedAgentsAgentToolConfigUnionParams as BetaManagedAgentsAgentToolConfigParams,
)

__all__ = [
    "BetaManagedAgentsAgentToolConfigParams",
]
