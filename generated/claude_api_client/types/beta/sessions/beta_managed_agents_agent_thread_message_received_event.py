# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_agent_thread_message_received_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_agent_thread_message_received_event import (
    ManagedAgentsAgentThreadMessageReceivedEvent as BetaManagedAgentsAgentThreadMessageReceivedEvent,
)
from ..._models.managed_agents_user_content_block import ManagedAgentsUserContentBlock as Content

__all__ = [
    "BetaManagedAgentsAgentThreadMessageReceivedEvent",
    "Content",
]
