# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_agent_with_overrides_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_agent_with_overrides_params import (
    ManagedAgentsBedrockAgentWithOverridesParams as BetaManagedAgentsBedrockAgentWithOverridesParams,
)
from ..._params.managed_agents_bedrock_model_params import ManagedAgentsBedrockModelParams as Model

__all__ = [
    "BetaManagedAgentsBedrockAgentWithOverridesParams",
    "Model",
]
