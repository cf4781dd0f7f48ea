# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_toolset20260401`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_agent_toolset20260401 import (
    ManagedAgentsAgentToolset20260401 as BetaManagedAgentsAgentToolset20260401,
)

__all__ = [
    "BetaManagedAgentsAgentToolset20260401",
]
