# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_message_content_block import (
    ManagedAgentsAgentMessageContentBlock,
)
from .timestamp import Timestamp


class ManagedAgentsAgentMessageEvent(APIModel):
    """A message the agent wrote."""

    type: Literal["agent.message"]
    """Always `agent.message`."""
    id: str
    """ID of the agent message event."""
    content: list[ManagedAgentsAgentMessageContentBlock]
    """Content of the agent message event, as content blocks."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
