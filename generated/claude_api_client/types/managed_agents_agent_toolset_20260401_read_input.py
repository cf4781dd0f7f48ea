# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_agent_toolset_20260401_read_input`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_agent_toolset20260401_read_input import (
    ManagedAgentsAgentToolset20260401ReadInput as ManagedAgentsAgentToolset20260401ReadInput,
)

__all__ = [
    "ManagedAgentsAgentToolset20260401ReadInput",
]
