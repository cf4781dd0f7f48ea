# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_agent_params import ManagedAgentsAgentParams
from .managed_agents_agent_with_overrides_params import (
    ManagedAgentsAgentWithOverridesParams,
)

ManagedAgentsCreateSessionAgentUnionParams: TypeAlias = (
    str | ManagedAgentsAgentParams | ManagedAgentsAgentWithOverridesParams
)
"""
A create session agent union params.
"""
