# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bedrock_agent_retrieve_params`: the official path of these types."""

from __future__ import annotations

from ._params.bedrock_agent_retrieve_params import (
    BedrockAgentRetrieveParams as BedrockAgentRetrieveParams,
)

__all__ = [
    "BedrockAgentRetrieveParams",
]
