# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_session_agent_update_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_bedrock_session_agent_update_param import (
    ManagedAgentsBedrockSessionAgentUpdateParam as ManagedAgentsBedrockSessionAgentUpdateParam,
)

__all__ = [
    "ManagedAgentsBedrockSessionAgentUpdateParam",
]
