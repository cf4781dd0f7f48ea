# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_multiagent_coordinator_params import (
    ManagedAgentsMultiagentCoordinatorParams,
)

ManagedAgentsMultiagentParams: TypeAlias = ManagedAgentsMultiagentCoordinatorParams
"""
One of the multiagent params shapes, told apart by `type`.
"""
