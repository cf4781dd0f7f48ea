# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_multiagent20261001_params import (
    ManagedAgentsMultiagent20261001Params,
)
from .managed_agents_multiagent_coordinator_params import (
    ManagedAgentsMultiagentCoordinatorParams,
)

ManagedAgentsMultiagentParams: TypeAlias = (
    ManagedAgentsMultiagentCoordinatorParams | ManagedAgentsMultiagent20261001Params
)
"""
How an agent works with other agents, told apart by `type`.
"""
