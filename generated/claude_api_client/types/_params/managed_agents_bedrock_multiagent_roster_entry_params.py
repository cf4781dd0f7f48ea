# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_agent_params import ManagedAgentsAgentParams
from .managed_agents_multiagent_self_params import ManagedAgentsMultiagentSelfParams

ManagedAgentsBedrockMultiagentRosterEntryParams: TypeAlias = (
    str | ManagedAgentsAgentParams | ManagedAgentsMultiagentSelfParams
)
"""
Bedrock: one agent a coordinator may hand work to: an agent ID, an agent with its version, or the coordinator itself. A plain `anyOf`: one member is a string.
"""
