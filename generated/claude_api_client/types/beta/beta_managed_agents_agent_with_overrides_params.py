# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_with_overrides_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_agent_tool_params import ManagedAgentsAgentToolParams as Tool
from .._params.managed_agents_agent_with_overrides_params import (
    ManagedAgentsAgentWithOverridesParams as BetaManagedAgentsAgentWithOverridesParams,
)
from .._params.managed_agents_model_params import ManagedAgentsModelParams as Model

__all__ = [
    "BetaManagedAgentsAgentWithOverridesParams",
    "Model",
    "Tool",
]
