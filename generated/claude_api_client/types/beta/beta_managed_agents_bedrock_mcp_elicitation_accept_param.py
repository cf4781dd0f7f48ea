# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_bedrock_mcp_elicitation_accept_param`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_bedrock_mcp_elicitation_accept_param import (
    ManagedAgentsBedrockMCPElicitationAcceptParam as BetaManagedAgentsBedrockMCPElicitationAcceptParam,
)

__all__ = [
    "BetaManagedAgentsBedrockMCPElicitationAcceptParam",
]
