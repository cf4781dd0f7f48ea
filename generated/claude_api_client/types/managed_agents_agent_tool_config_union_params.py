# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_agent_tool_config_union_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_agent_tool_config_union_params import (
    ManagedAgentsAgentToolConfigUnionParams as ManagedAgentsAgentToolConfigUnionParams,
)

__all__ = [
    "ManagedAgentsAgentToolConfigUnionParams",
]
