# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .managed_agents_multiagent_predefined_agent_params import (
    ManagedAgentsMultiagentPredefinedAgentParams,
)

PredefinedAgents: TypeAlias = Sequence[ManagedAgentsMultiagentPredefinedAgentParams]
"""
The saved agents a run's plan may use (at most 20); null or empty means none.
"""
