# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock
from .timestamp import Timestamp


class ManagedAgentsAgentThreadMessageSentEvent(APIModel):
    """Agent thread message sent event."""

    type: Literal["agent.thread_message_sent"]
    """Object type tag."""
    id: str
    """Unique identifier."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    to_agent_name: str | None = None
    """Agent the message was sent to."""
    content: list[ManagedAgentsUserContentBlock]
    """Content blocks."""
    to_session_thread_id: str
    """Thread the message was sent to."""
