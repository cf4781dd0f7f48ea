# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_agent_toolset20260401_params import (
    ManagedAgentsAgentToolset20260401Params,
)
from .managed_agents_custom_tool_params import ManagedAgentsCustomToolParams
from .managed_agents_mcp_toolset_params import ManagedAgentsMCPToolsetParams
from .managed_agents_memory_toolset20261030_params import (
    ManagedAgentsMemoryToolset20261030Params,
)

ManagedAgentsBedrockAgentToolParams: TypeAlias = (
    ManagedAgentsAgentToolset20260401Params
    | ManagedAgentsMCPToolsetParams
    | ManagedAgentsCustomToolParams
    | ManagedAgentsMemoryToolset20261030Params
)
"""
Bedrock: one tool entry of an agent as a request gives it, told apart by `type`.
"""
