# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.bedrock_session_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_create_session_agent_params import (
    ManagedAgentsBedrockCreateSessionAgentParams as Agent,
)
from ..._params.managed_agents_bedrock_create_session_params import (
    ManagedAgentsBedrockCreateSessionParams as BedrockSessionCreateParams,
)

__all__ = [
    "Agent",
    "BedrockSessionCreateParams",
]
