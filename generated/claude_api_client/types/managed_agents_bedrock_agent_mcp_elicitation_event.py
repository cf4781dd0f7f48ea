# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_agent_mcp_elicitation_event`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_bedrock_agent_mcp_elicitation_event import (
    ManagedAgentsBedrockAgentMCPElicitationEvent as ManagedAgentsBedrockAgentMCPElicitationEvent,
)

__all__ = [
    "ManagedAgentsBedrockAgentMCPElicitationEvent",
]
