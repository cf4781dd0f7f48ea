# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_agent_params import ManagedAgentsAgentParams
from .managed_agents_bedrock_agent_with_overrides_params import (
    ManagedAgentsBedrockAgentWithOverridesParams,
)

ManagedAgentsBedrockCreateSessionAgentParams: TypeAlias = (
    str | ManagedAgentsAgentParams | ManagedAgentsBedrockAgentWithOverridesParams
)
"""
Bedrock: the agent a session runs: its ID, the ID with a pinned version, or an agent with overrides. A plain `anyOf`: one member is a string.
"""
