# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock
from .timestamp import Timestamp


class ManagedAgentsAgentThreadMessageReceivedEvent(APIModel):
    """Agent thread message received event."""

    type: Literal["agent.thread_message_received"]
    id: str
    processed_at: Timestamp
    from_agent_name: str | None = None
    content: list[ManagedAgentsUserContentBlock]
    from_session_thread_id: str
