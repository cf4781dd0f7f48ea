# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_toolset_20260401_edit_input`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_agent_toolset20260401_edit_input import (
    ManagedAgentsAgentToolset20260401EditInput as BetaManagedAgentsAgentToolset20260401EditInput,
)

__all__ = [
    "BetaManagedAgentsAgentToolset20260401EditInput",
]
