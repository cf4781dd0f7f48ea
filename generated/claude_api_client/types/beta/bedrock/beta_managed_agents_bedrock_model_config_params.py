# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_model_config_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_model_config_params import (
    ManagedAgentsBedrockModelConfigParams as BetaManagedAgentsBedrockModelConfigParams,
)
from ..._params.managed_agents_effort_params import ManagedAgentsEffortParams as Effort

__all__ = [
    "BetaManagedAgentsBedrockModelConfigParams",
    "Effort",
]
