# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_mcp_elicitation_cancel_param`: the official path of these types."""

from __future__ import annotations

from ...._params.managed_agents_bedrock_mcp_elicitation_cancel_param import (
    ManagedAgentsBedrockMCPElicitationCancelParam as BetaManagedAgentsBedrockMCPElicitationCancelParam,
)

__all__ = [
    "BetaManagedAgentsBedrockMCPElicitationCancelParam",
]
