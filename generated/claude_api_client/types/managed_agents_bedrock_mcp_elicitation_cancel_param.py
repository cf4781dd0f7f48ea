# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_mcp_elicitation_cancel_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_bedrock_mcp_elicitation_cancel_param import (
    ManagedAgentsBedrockMCPElicitationCancelParam as ManagedAgentsBedrockMCPElicitationCancelParam,
)

__all__ = [
    "ManagedAgentsBedrockMCPElicitationCancelParam",
]
