# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_multiagent_subagents_disabled_params import (
    ManagedAgentsMultiagentSubagentsDisabledParams,
)
from .managed_agents_multiagent_subagents_enabled_params import (
    ManagedAgentsMultiagentSubagentsEnabledParams,
)

ManagedAgentsMultiagentSubagentsParams: TypeAlias = (
    ManagedAgentsMultiagentSubagentsEnabledParams | ManagedAgentsMultiagentSubagentsDisabledParams
)
"""
Request form of the sub-agents switch, told apart by `type`.
"""
