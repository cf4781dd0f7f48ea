# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_tool_result_content_block import (
    ManagedAgentsToolResultContentBlock,
)
from .timestamp import Timestamp


class ManagedAgentsBedrockAgentToolResultEvent(APIModel):
    """Bedrock: agent tool result event."""

    id: str
    """ID of the agent tool result event."""
    content: list[ManagedAgentsToolResultContentBlock] | None = None
    """Content of the agent tool result event, as content blocks."""
    is_error: bool | None = None
    """Whether the result is an error."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
    tool_use_id: str
    """ID of the tool use this answers."""
    type: Literal["agent.tool_result"]
    """Always `agent.tool_result`."""
