# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_toolset20260401_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_agent_toolset20260401_params import (
    ManagedAgentsAgentToolset20260401Params as BetaManagedAgentsAgentToolset20260401Params,
)

__all__ = [
    "BetaManagedAgentsAgentToolset20260401Params",
]
