# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_mcp_elicitation_response import (
    ManagedAgentsBedrockMCPElicitationResponse,
)
from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .timestamp import Timestamp


class ManagedAgentsBedrockUserMCPElicitationResponseEvent(APIModel):
    """Bedrock: the user's answer to an `agent.mcp_elicitation` event."""

    id: str
    """ID of the user mcpelicitation response event."""
    mcp_elicitation_id: str
    """ID of the `agent.mcp_elicitation` event answered."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339); absent while the event is queued."""
    response: ManagedAgentsBedrockMCPElicitationResponse
    """The user's answer."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
    type: Literal["user.mcp_elicitation_response"]
    """Always `user.mcp_elicitation_response`."""
