# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_mcp_elicitation_url_request`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_bedrock_mcp_elicitation_url_request import (
    ManagedAgentsBedrockMCPElicitationURLRequest as BetaManagedAgentsBedrockMCPElicitationURLRequest,
)

__all__ = [
    "BetaManagedAgentsBedrockMCPElicitationURLRequest",
]
