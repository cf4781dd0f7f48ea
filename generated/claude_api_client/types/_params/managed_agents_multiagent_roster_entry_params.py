# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_advisor_params import ManagedAgentsAdvisorParams
from .managed_agents_agent_params import ManagedAgentsAgentParams
from .managed_agents_multiagent_self_params import ManagedAgentsMultiagentSelfParams

ManagedAgentsMultiagentRosterEntryParams: TypeAlias = (
    str | ManagedAgentsAgentParams | ManagedAgentsMultiagentSelfParams | ManagedAgentsAdvisorParams
)
"""
A multiagent roster entry params.
"""
