# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.bedrock_session_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_update_session_params import (
    ManagedAgentsBedrockUpdateSessionParams as BedrockSessionUpdateParams,
)

__all__ = [
    "BedrockSessionUpdateParams",
]
