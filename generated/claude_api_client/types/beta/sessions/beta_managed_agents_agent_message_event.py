# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_agent_message_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_agent_message_content_block import (
    ManagedAgentsAgentMessageContentBlock as Content,
)
from ..._models.managed_agents_agent_message_event import (
    ManagedAgentsAgentMessageEvent as BetaManagedAgentsAgentMessageEvent,
)

__all__ = [
    "BetaManagedAgentsAgentMessageEvent",
    "Content",
]
