# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_bedrock_agent_tool_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_bedrock_agent_tool_params import (
    ManagedAgentsBedrockAgentToolParams as BetaManagedAgentsBedrockAgentToolParams,
)

__all__ = [
    "BetaManagedAgentsBedrockAgentToolParams",
]
