# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_session_agent_update_param`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_session_agent_update_param import (
    ManagedAgentsBedrockSessionAgentUpdateParam as BetaManagedAgentsBedrockSessionAgentUpdateParam,
)

__all__ = [
    "BetaManagedAgentsBedrockSessionAgentUpdateParam",
]
