# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.bedrock_agent_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_model_params import ManagedAgentsBedrockModelParams as Model
from ..._params.managed_agents_bedrock_update_agent_params import (
    ManagedAgentsBedrockUpdateAgentParams as BedrockAgentUpdateParams,
)

__all__ = [
    "BedrockAgentUpdateParams",
    "Model",
]
