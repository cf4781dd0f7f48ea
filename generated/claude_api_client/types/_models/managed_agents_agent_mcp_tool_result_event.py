# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_tool_result_content_block import (
    ManagedAgentsToolResultContentBlock,
)
from .timestamp import Timestamp


class ManagedAgentsAgentMcpToolResultEvent(APIModel):
    """Agent mcp tool result event."""

    type: Literal["agent.mcp_tool_result"]
    """Always `agent.mcp_tool_result`."""
    id: str
    """ID of the agent MCP tool result event."""
    mcp_tool_use_id: str
    """ID of the MCP tool use this answers."""
    content: list[ManagedAgentsToolResultContentBlock] | None = None
    """Content of the agent MCP tool result event, as content blocks."""
    is_error: bool | None = None
    """Whether the result is an error."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
