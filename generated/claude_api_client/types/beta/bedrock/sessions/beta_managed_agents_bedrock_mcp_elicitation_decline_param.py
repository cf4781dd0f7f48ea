# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_mcp_elicitation_decline_param`: the official path of these types."""

from __future__ import annotations

from ...._params.managed_agents_bedrock_mcp_elicitation_decline_param import (
    ManagedAgentsBedrockMCPElicitationDeclineParam as BetaManagedAgentsBedrockMCPElicitationDeclineParam,
)

__all__ = [
    "BetaManagedAgentsBedrockMCPElicitationDeclineParam",
]
