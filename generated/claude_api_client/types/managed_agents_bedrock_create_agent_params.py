# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_create_agent_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_bedrock_create_agent_params import (
    ManagedAgentsBedrockCreateAgentParams as ManagedAgentsBedrockCreateAgentParams,
)

__all__ = [
    "ManagedAgentsBedrockCreateAgentParams",
]
