# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_mcp_elicitation_url_request import (
    ManagedAgentsBedrockMCPElicitationURLRequest,
)
from .timestamp import Timestamp


class ManagedAgentsBedrockAgentMCPElicitationEvent(APIModel):
    """Bedrock: an MCP server asks the user for input (here, to visit a URL) before its tool call can go on."""

    id: str
    """ID of the agent mcpelicitation event."""
    mcp_server_name: str
    """Name of the MCP server that asks."""
    mcp_tool_use_id: str
    """ID of the MCP tool use waiting on the answer."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339); absent while the event is queued."""
    request: ManagedAgentsBedrockMCPElicitationURLRequest
    """What the server asks for."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
    type: Literal["agent.mcp_elicitation"]
    """Always `agent.mcp_elicitation`."""
