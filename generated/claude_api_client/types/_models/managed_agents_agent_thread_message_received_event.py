# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock
from .timestamp import Timestamp


class ManagedAgentsAgentThreadMessageReceivedEvent(APIModel):
    """Agent thread message received event."""

    type: Literal["agent.thread_message_received"]
    """Always `agent.thread_message_received`."""
    id: str
    """ID of the agent thread message received event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    from_agent_name: str | None = None
    """Agent that sent the message."""
    content: list[ManagedAgentsUserContentBlock]
    """Content of the agent thread message received event, as content blocks."""
    from_session_thread_id: str
    """Thread that sent the message."""
