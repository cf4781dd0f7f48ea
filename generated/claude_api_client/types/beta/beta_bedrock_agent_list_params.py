# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_bedrock_agent_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.bedrock_agent_list_params import BedrockAgentListParams as BetaBedrockAgentListParams

__all__ = [
    "BetaBedrockAgentListParams",
]
