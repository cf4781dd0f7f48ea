# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_bedrock_mcp_elicitation_decline`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_bedrock_mcp_elicitation_decline import (
    ManagedAgentsBedrockMCPElicitationDecline as BetaManagedAgentsBedrockMCPElicitationDecline,
)

__all__ = [
    "BetaManagedAgentsBedrockMCPElicitationDecline",
]
