# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_agent_toolset20260401_params import (
    ManagedAgentsAgentToolset20260401Params,
)
from .managed_agents_custom_tool_params import ManagedAgentsCustomToolParams
from .managed_agents_mcp_toolset_params import ManagedAgentsMCPToolsetParams

ManagedAgentsAgentToolParams: TypeAlias = (
    ManagedAgentsAgentToolset20260401Params
    | ManagedAgentsMCPToolsetParams
    | ManagedAgentsCustomToolParams
)
"""
One of the agent tool params shapes, told apart by `type`.
"""
