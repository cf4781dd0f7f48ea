# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock
from .timestamp import Timestamp


class ManagedAgentsAgentThreadMessageSentEvent(APIModel):
    """Agent thread message sent event."""

    type: Literal["agent.thread_message_sent"]
    id: str
    processed_at: Timestamp
    to_agent_name: str | None = None
    content: list[ManagedAgentsUserContentBlock]
    to_session_thread_id: str
