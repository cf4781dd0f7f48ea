# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_user_mcp_elicitation_response_event_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_bedrock_user_mcp_elicitation_response_event_params import (
    ManagedAgentsBedrockUserMCPElicitationResponseEventParams as ManagedAgentsBedrockUserMCPElicitationResponseEventParams,
)

__all__ = [
    "ManagedAgentsBedrockUserMCPElicitationResponseEventParams",
]
