# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock
from .timestamp import Timestamp


class ManagedAgentsAgentThreadMessageSentEvent(APIModel):
    """Agent thread message sent event."""

    type: Literal["agent.thread_message_sent"]
    """Always `agent.thread_message_sent`."""
    id: str
    """ID of the agent thread message sent event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    to_agent_name: str | None = None
    """Agent the message was sent to."""
    content: list[ManagedAgentsUserContentBlock]
    """Content of the agent thread message sent event, as content blocks."""
    to_session_thread_id: str
    """Thread the message was sent to."""
