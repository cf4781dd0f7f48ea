# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_bedrock_agent_with_overrides_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_bedrock_agent_with_overrides_params import (
    ManagedAgentsBedrockAgentWithOverridesParams as BetaManagedAgentsBedrockAgentWithOverridesParams,
)

__all__ = [
    "BetaManagedAgentsBedrockAgentWithOverridesParams",
]
