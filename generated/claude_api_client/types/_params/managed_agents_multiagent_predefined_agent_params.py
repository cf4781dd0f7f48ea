# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_agent_params import ManagedAgentsAgentParams
from .managed_agents_multiagent_self_params import ManagedAgentsMultiagentSelfParams

ManagedAgentsMultiagentPredefinedAgentParams: TypeAlias = (
    str | ManagedAgentsAgentParams | ManagedAgentsMultiagentSelfParams
)
"""
One entry of a `predefined_agents` list: an agent ID, an `agent` reference (version optional), or `self`.
"""
