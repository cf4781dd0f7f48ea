# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_mcp_elicitation_decline_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_bedrock_mcp_elicitation_decline_param import (
    ManagedAgentsBedrockMCPElicitationDeclineParam as ManagedAgentsBedrockMCPElicitationDeclineParam,
)

__all__ = [
    "ManagedAgentsBedrockMCPElicitationDeclineParam",
]
