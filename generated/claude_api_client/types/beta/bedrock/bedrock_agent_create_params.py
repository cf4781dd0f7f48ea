# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.bedrock_agent_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_create_agent_params import (
    ManagedAgentsBedrockCreateAgentParams as BedrockAgentCreateParams,
)
from ..._params.managed_agents_bedrock_model_params import ManagedAgentsBedrockModelParams as Model

__all__ = [
    "BedrockAgentCreateParams",
    "Model",
]
