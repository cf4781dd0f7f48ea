# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_model_config_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_bedrock_model_config_params import (
    ManagedAgentsBedrockModelConfigParams as ManagedAgentsBedrockModelConfigParams,
)

__all__ = [
    "ManagedAgentsBedrockModelConfigParams",
]
